import { sign, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { envelope, intentRequest, launchRequest } from '../../dev/envelope';
import {
  checkCertificateUrl,
  createRequestVerifier,
  type VerifierOptions,
} from '../../dev/request-signature';
import { createSkillServer, MAX_BODY_BYTES } from '../../dev/skill-server';
import { startHarness, type Harness } from '../support/harness';

const FIXTURES = join(__dirname, '..', 'fixtures', 'alexa-signing');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const CHAIN_URL = 'https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem';
const WRONG_HOST_URL = 'https://s3.amazonaws.com/echo.api/wrong-host.pem';
/** A day into the test certificates' validity, whenever they were made. */
const NOW = new Date(
  Date.parse(new X509Certificate(fixture('echo-api.amazon.com.pem')).validFrom) + 86_400_000,
);
const secondsFromNow = (seconds: number): string => new Date(NOW.getTime() + seconds * 1000).toISOString();

let h: Harness;
const fetched: string[] = [];
const chains: Record<string, string> = {
  [CHAIN_URL]: fixture('echo-api.amazon.com.pem'),
  [WRONG_HOST_URL]: fixture('wrong-host.example.com.pem'),
};
const testVerifier = (overrides: VerifierOptions = {}) =>
  createRequestVerifier({
    trustedRoots: [fixture('root.pem')],
    now: () => NOW,
    fetchChain: (url) => {
      fetched.push(url);
      const chain = chains[url];
      return chain ? Promise.resolve(chain) : Promise.reject(new Error(`no fixture for ${url}`));
    },
    ...overrides,
  });

async function serve(verify: ReturnType<typeof createRequestVerifier> | undefined) {
  const server: Server = createSkillServer({ handler: h.invoke, verify });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      ),
  };
}

function signedRequest(
  body: string,
  { key = 'echo-api.amazon.com.key', url = CHAIN_URL }: { key?: string; url?: string } = {},
) {
  const signature = sign('sha256', Buffer.from(body), fixture(key)).toString('base64');
  return {
    body,
    headers: { 'Content-Type': 'application/json', SignatureCertChainUrl: url, 'Signature-256': signature },
  };
}

function launchBody(timestamp = NOW.toISOString()): string {
  return JSON.stringify(
    envelope({ userId: 'amzn1.ask.account.SERVE', apiEndpoint: h.api.endpoint }, launchRequest(timestamp)),
  );
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  fetched.length = 0;
});

describe('the signed web endpoint', () => {
  let endpoint: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    endpoint = await serve(testVerifier());
  });
  afterAll(async () => {
    await endpoint.close();
  });

  it('answers a request Alexa signed', async () => {
    // Prepare
    const request = signedRequest(launchBody());

    // Act
    const response = await fetch(endpoint.url, { method: 'POST', ...request });
    const body = (await response.json()) as { response?: { outputSpeech?: { ssml?: string } } };

    // Assess
    expect(response.status).toBe(200);
    expect(body.response?.outputSpeech?.ssml).toContain('Welcome');
    expect(fetched).toEqual([CHAIN_URL]);
  });

  it.each([
    ['unsigned', () => ({ body: launchBody(), headers: {} }), 'not signed'],
    [
      'signed with another key',
      () => signedRequest(launchBody(), { key: 'wrong-host.example.com.key' }),
      'does not match',
    ],
    [
      'signed by a certificate for another host',
      () => signedRequest(launchBody(), { url: WRONG_HOST_URL, key: 'wrong-host.example.com.key' }),
      'not for echo-api.amazon.com',
    ],
    ['stale', () => signedRequest(launchBody(secondsFromNow(-180))), 'too old'],
    ['from the future', () => signedRequest(launchBody(secondsFromNow(180))), 'too old'],
  ])('refuses a request that is %s', async (_, makeRequest, reason) => {
    const response = await fetch(endpoint.url, { method: 'POST', ...makeRequest() });

    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toContain(reason);
  });

  it('refuses a body changed after signing', async () => {
    // Prepare: sign a launch, then swap in a request to set a date.
    const signed = signedRequest(launchBody());
    const tampered = JSON.stringify(
      envelope(
        { userId: 'amzn1.ask.account.SERVE', apiEndpoint: h.api.endpoint },
        intentRequest(NOW.toISOString(), 'SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
      ),
    );
    h.takeOperations();

    // Act
    const response = await fetch(endpoint.url, { method: 'POST', body: tampered, headers: signed.headers });

    // Assess
    expect(response.status).toBe(400);
    expect(h.takeOperations()).toEqual([]);
  });

  it('refuses a certificate URL that is not Alexa’s without downloading it', async () => {
    const request = signedRequest(launchBody(), { url: 'https://evil.example.com/echo.api/cert.pem' });

    const response = await fetch(endpoint.url, { method: 'POST', ...request });

    expect(response.status).toBe(400);
    expect(fetched).toEqual([]);
  });

  it('refuses anything but POST, and bodies far larger than Alexa sends', async () => {
    const get = await fetch(endpoint.url);
    const huge = await fetch(endpoint.url, { method: 'POST', body: 'x'.repeat(MAX_BODY_BYTES + 1) });

    expect(get.status).toBe(405);
    expect(huge.status).toBe(413);
  });
});

describe('the verifier’s trust', () => {
  it('refuses a chain that does not end at a trusted root', async () => {
    const verify = testVerifier({ trustedRoots: undefined });
    const { body, headers } = signedRequest(launchBody());

    await expect(verify(Buffer.from(body), lower(headers))).rejects.toThrow('not trusted');
  });

  it('refuses a certificate that is not valid at the time', async () => {
    const verify = testVerifier({ now: () => new Date('2127-01-01T00:00:00Z') });
    const { body, headers } = signedRequest(launchBody('2127-01-01T00:00:00Z'));

    await expect(verify(Buffer.from(body), lower(headers))).rejects.toThrow('not valid now');
  });

  it.each([
    ['https://s3.amazonaws.com/echo.api/echo-api-cert.pem', true],
    ['https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem', true],
    ['https://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem', true],
    ['https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem', true],
    ['http://s3.amazonaws.com/echo.api/echo-api-cert.pem', false],
    ['https://notamazon.com/echo.api/echo-api-cert.pem', false],
    ['https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem', false],
    ['https://s3.amazonaws.com/invalid.path/echo-api-cert.pem', false],
    ['https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem', false],
    ['https://s3.amazonaws.com/echo.api/../invalid.path/cert.pem', false],
    ['https://s3.amazonaws.com/echo.api/%2e%2e/invalid.path/cert.pem', false],
    ['not a url', false],
  ])('judges the certificate URL %s as Alexa’s: %s', (url, accepted) => {
    if (accepted) expect(() => checkCertificateUrl(url)).not.toThrow();
    else expect(() => checkCertificateUrl(url)).toThrow();
  });
});

describe('--insecure-local', () => {
  it('serves unsigned requests', async () => {
    const endpoint = await serve(undefined);

    const response = await fetch(endpoint.url, { method: 'POST', body: launchBody() });
    await endpoint.close();

    expect(response.status).toBe(200);
  });
});

function lower(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
