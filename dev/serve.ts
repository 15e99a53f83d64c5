/**
 * `npm run serve`: the skill as an HTTPS-ready web endpoint for development, behind a tunnel
 * that terminates TLS (or with --tls-key and --tls-cert). Every request must carry Alexa's
 * signature; --insecure-local turns that off for requests from this machine only.
 *
 *   npm run serve -- [--port 3000] [--host 127.0.0.1] [--tls-key key.pem --tls-cert cert.pem]
 *                    [--insecure-local]
 *
 * Without TABLE_NAME, records live in an embedded dynalite under .data/, as with the console.
 */
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
// The handler reads the environment on its first request, after main() has set it.
import { handler } from '../lambda/index';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo } from './local-dynamo';
import { createRequestVerifier } from './request-signature';
import { createSkillServer } from './skill-server';

const LOCAL_TABLE = 'aftercare-local';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: process.env.PORT ?? '3000' },
      host: { type: 'string', default: '127.0.0.1' },
      'tls-key': { type: 'string' },
      'tls-cert': { type: 'string' },
      'insecure-local': { type: 'boolean', default: false },
    },
  });
  const insecure = values['insecure-local'];
  if (insecure && !isLoopback(values.host)) {
    throw new Error('--insecure-local serves unverified requests, so it only listens on a loopback address.');
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  if (!process.env.TABLE_NAME) {
    const dynamo = await startLocalDynamo({ path: join(__dirname, '..', '.data', 'dynamo') });
    await ensureTable(dynamo.endpoint, LOCAL_TABLE);
    Object.assign(process.env, LOCAL_AWS_ENV, {
      TABLE_NAME: LOCAL_TABLE,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    });
  }
  const key = values['tls-key'];
  const cert = values['tls-cert'];
  const server = createSkillServer({
    handler,
    verify: insecure ? undefined : createRequestVerifier(),
    ...(key && cert && { tls: { key: readFileSync(key), cert: readFileSync(cert) } }),
    onRefused: (status, reason) => {
      console.error(`refused (${String(status)}): ${reason}`);
    },
  });
  server.listen(Number(values.port), values.host, () => {
    const scheme = key && cert ? 'https' : 'http';
    console.log(`Aftercare skill endpoint on ${scheme}://${values.host}:${values.port}/`);
    if (insecure) {
      console.warn(
        [
          '',
          '  !!! --insecure-local: request signatures and timestamps are NOT checked.',
          '  !!! Anything that can reach this port can speak as any user. Loopback only.',
          '',
        ].join('\n'),
      );
    } else {
      console.log(
        'Requests must be signed by Alexa. Point an HTTPS tunnel here and use its URL as the endpoint.',
      );
    }
  });
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || (isIP(host) === 4 && host.startsWith('127.'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
