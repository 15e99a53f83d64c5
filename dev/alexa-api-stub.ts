/**
 * A small HTTP stand-in for the Alexa service API on 127.0.0.1, reached through the
 * envelope's `apiEndpoint`. It answers the settings API's time zone, keeps the timers and
 * reminders a skill creates, records every call with its body, and can be told to fail or
 * hang to test the skill's fallbacks.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
  /** The JSON body, parsed, when there was one. */
  readonly body?: unknown;
}

export type FailureMode = 'error' | 'hang' | undefined;

/** How the alerts APIs answer: normally, or with one of the errors Alexa gives. */
export type AlertsMode = 'ok' | 401 | 403 | 500;

export class AlexaApiStub {
  readonly calls: ApiCall[] = [];
  /** Zone per device ID; `*` for any device. */
  readonly zones = new Map<string, string>([['*', 'America/New_York']]);
  timeZoneFailure: FailureMode;
  /** Answers to timer and reminder calls. */
  alertsMode: AlertsMode = 'ok';
  /** Timers created, in order, as the skill sent them. */
  readonly timers: unknown[] = [];
  /** Reminders that exist, by alert token, as the skill sent them. */
  readonly reminders = new Map<string, unknown>();
  private readonly hanging = new Set<ServerResponse>();
  private readonly server = createServer((req, res) => {
    this.route(req, res);
  });

  private constructor() {}

  static async start(port = 0): Promise<AlexaApiStub> {
    const stub = new AlexaApiStub();
    await new Promise<void>((resolve) => stub.server.listen(port, '127.0.0.1', resolve));
    return stub;
  }

  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Calls whose path contains `fragment`. */
  callsTo(fragment: string): ApiCall[] {
    return this.calls.filter((c) => c.path.includes(fragment));
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => {
      this.server.close(() => {
        resolve();
      });
    });
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      this.answer(req, res, body);
    });
  }

  private answer(req: IncomingMessage, res: ServerResponse, body: unknown): void {
    const path = req.url ?? '/';
    this.calls.push({
      method: req.method ?? 'GET',
      path,
      authorization: req.headers.authorization,
      ...(body !== undefined && { body }),
    });
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      json(res, 401, { message: 'No access token' });
      return;
    }
    const zoneRoute = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(path);
    if (zoneRoute && req.method === 'GET') {
      this.timeZone(decodeURIComponent(zoneRoute[1] ?? ''), res);
      return;
    }
    if (path.startsWith('/v1/alerts/')) {
      this.alerts(req.method ?? 'GET', path, body, res);
      return;
    }
    json(res, 404, { message: `No stub for ${req.method ?? ''} ${path}` });
  }

  private alerts(method: string, path: string, body: unknown, res: ServerResponse): void {
    if (this.alertsMode !== 'ok') {
      json(res, this.alertsMode, { code: String(this.alertsMode), message: 'Refused by the stub' });
      return;
    }
    const now = new Date().toISOString();
    if (method === 'POST' && path === '/v1/alerts/timers') {
      this.timers.push(body);
      json(res, 200, { id: randomUUID(), status: 'ON', createdTime: now });
      return;
    }
    if (method === 'POST' && path === '/v1/alerts/reminders') {
      const alertToken = randomUUID();
      this.reminders.set(alertToken, body);
      json(res, 201, { alertToken, createdTime: now, updatedTime: now, status: 'ON', version: '1' });
      return;
    }
    const reminder = /^\/v1\/alerts\/reminders\/([^/]+)$/.exec(path);
    if (method === 'DELETE' && reminder) {
      const token = decodeURIComponent(reminder[1] ?? '');
      if (!this.reminders.delete(token)) {
        json(res, 404, { code: 'NOT_FOUND', message: 'No such reminder' });
        return;
      }
      json(res, 200, undefined);
      return;
    }
    json(res, 404, { message: `No stub for ${method} ${path}` });
  }

  private timeZone(deviceId: string, res: ServerResponse): void {
    if (this.timeZoneFailure === 'hang') {
      this.hanging.add(res);
      return;
    }
    if (this.timeZoneFailure === 'error') {
      json(res, 500, { message: 'Internal error' });
      return;
    }
    const zone = this.zones.get(deviceId) ?? this.zones.get('*');
    if (zone === undefined) {
      json(res, 204, undefined);
      return;
    }
    json(res, 200, zone);
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
