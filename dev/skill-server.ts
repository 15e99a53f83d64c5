/**
 * The skill as a web service: POST an Alexa request envelope, get the response envelope.
 * Every request is verified as Alexa's unless the server was made without a verifier.
 */
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { RequestEnvelope } from 'ask-sdk-model';
import type { Invoke } from './envelope';
import { RequestVerificationError, type RequestVerifier } from './request-signature';

/** Alexa's requests are small; anything far larger is refused unread. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface SkillServerOptions {
  readonly handler: Invoke;
  /** Checks each request's signature and timestamp; `undefined` serves unverified requests. */
  readonly verify: RequestVerifier | undefined;
  /** TLS key and certificate, to serve HTTPS directly rather than behind a tunnel. */
  readonly tls?: { readonly key: Buffer; readonly cert: Buffer };
  /** Called with a short reason for each refused request. */
  readonly onRefused?: (status: number, reason: string) => void;
}

export function createSkillServer(options: SkillServerOptions): Server {
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res, options).catch((error: unknown) => {
      options.onRefused?.(500, error instanceof Error ? error.name : 'error');
      if (!res.headersSent) send(res, 500, { error: 'The skill failed to answer.' });
    });
  };
  return options.tls ? createHttpsServer(options.tls, listener) : createHttpServer(listener);
}

async function handle(req: IncomingMessage, res: ServerResponse, options: SkillServerOptions): Promise<void> {
  const refuse = (status: number, reason: string): void => {
    options.onRefused?.(status, reason);
    send(res, status, { error: reason });
  };
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    refuse(405, 'Only POST is served.');
    return;
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  const body = declared > MAX_BODY_BYTES ? undefined : await readBody(req);
  if (!body) {
    res.setHeader('Connection', 'close');
    refuse(413, 'The request is too large.');
    return;
  }
  if (options.verify) {
    try {
      await options.verify(body, req.headers);
    } catch (error) {
      if (!(error instanceof RequestVerificationError)) throw error;
      refuse(400, error.message);
      return;
    }
  }
  let event: RequestEnvelope;
  try {
    event = JSON.parse(body.toString('utf8')) as RequestEnvelope;
  } catch {
    refuse(400, 'The body is not JSON.');
    return;
  }
  send(res, 200, await options.handler(event));
}

/** The body, or undefined once it passes the size limit. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      req.destroy();
      return undefined;
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json;charset=UTF-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}
