/**
 * A small HTTP stand-in for the Alexa service API on 127.0.0.1, reached through the
 * envelope's `apiEndpoint`. It answers the settings API's time zone and records every call,
 * and can be told to fail or hang to test the skill's fallbacks.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApiCall {
  readonly method: string;
  readonly path: string;
  readonly authorization: string | undefined;
}

export type FailureMode = 'error' | 'hang' | undefined;

export class AlexaApiStub {
  readonly calls: ApiCall[] = [];
  /** Zone per device ID; `*` for any device. */
  readonly zones = new Map<string, string>([['*', 'America/New_York']]);
  timeZoneFailure: FailureMode;
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
    const path = req.url ?? '/';
    this.calls.push({ method: req.method ?? 'GET', path, authorization: req.headers.authorization });
    if (!req.headers.authorization?.startsWith('Bearer ')) {
      json(res, 401, { message: 'No access token' });
      return;
    }
    const zoneRoute = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/.exec(path);
    if (zoneRoute && req.method === 'GET') {
      this.timeZone(decodeURIComponent(zoneRoute[1] ?? ''), res);
      return;
    }
    json(res, 404, { message: `No stub for ${req.method ?? ''} ${path}` });
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
