/**
 * Verifies that an HTTPS request really comes from Alexa, as a skill hosted as a web service
 * must: the signing certificate's URL, the certificate chain, the `Signature-256` over the
 * raw body, and the request's timestamp. Lambda-hosted skills need none of this.
 */
import { verify as verifySignature, X509Certificate } from 'node:crypto';
import { rootCertificates } from 'node:tls';

/** Why a request was refused; `message` is safe to return to the caller. */
export class RequestVerificationError extends Error {
  override readonly name = 'RequestVerificationError';
}

/** Alexa's timestamps may be at most this far from the server's clock. */
export const TIMESTAMP_TOLERANCE_MS = 150_000;

const SIGNING_HOST = 'echo-api.amazon.com';

export interface VerifierOptions {
  /** Downloads the PEM chain at a checked URL; by default over HTTPS, cached per URL. */
  readonly fetchChain?: (url: string) => Promise<string>;
  /** PEM roots a chain must end at; by default Node's bundled CA store. */
  readonly trustedRoots?: readonly string[];
  /** The server's clock. */
  readonly now?: () => Date;
}

export type RequestVerifier = (rawBody: Buffer, headers: Readonly<Record<string, unknown>>) => Promise<void>;

/** Builds a verifier that throws `RequestVerificationError` for any request Alexa did not sign. */
export function createRequestVerifier(options: VerifierOptions = {}): RequestVerifier {
  const fetchChain = options.fetchChain ?? cachedHttpsFetch();
  const roots = (options.trustedRoots ?? rootCertificates).map((pem) => new X509Certificate(pem));
  const now = options.now ?? (() => new Date());
  return async (rawBody, headers) => {
    const url = header(headers, 'signaturecertchainurl');
    const signature = header(headers, 'signature-256');
    if (!url || !signature) throw new RequestVerificationError('The request is not signed.');
    const at = now();
    const signer = checkChain(await fetchChain(checkCertificateUrl(url)), roots, at);
    if (!verifySignature('sha256', rawBody, signer.publicKey, Buffer.from(signature, 'base64'))) {
      throw new RequestVerificationError('The signature does not match the body.');
    }
    checkTimestamp(rawBody, at);
  };
}

/**
 * The certificate URL must be https://s3.amazonaws.com/echo.api/… (host case-insensitive,
 * port 443 if given), judged after the path's dot segments are resolved. Returns the
 * resolved URL, the one to download.
 */
export function checkCertificateUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RequestVerificationError('The certificate URL is not a URL.');
  }
  const ok =
    url.protocol === 'https:' &&
    url.hostname.toLowerCase() === 's3.amazonaws.com' &&
    (url.port === '' || url.port === '443') &&
    url.pathname.startsWith('/echo.api/');
  if (!ok) throw new RequestVerificationError('The certificate URL is not Alexa’s.');
  return url.href;
}

function checkChain(pem: string, roots: readonly X509Certificate[], at: Date): X509Certificate {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  let chain: X509Certificate[];
  try {
    chain = blocks.map((block) => new X509Certificate(block));
  } catch (error) {
    throw new RequestVerificationError('The certificate chain cannot be read.', { cause: error });
  }
  const [signer] = chain;
  if (!signer) throw new RequestVerificationError('The certificate chain is empty.');
  for (const cert of chain) {
    if (at < new Date(cert.validFrom) || at > new Date(cert.validTo)) {
      throw new RequestVerificationError('A certificate in the chain is not valid now.');
    }
  }
  if (signer.checkHost(SIGNING_HOST) !== SIGNING_HOST) {
    throw new RequestVerificationError(`The signing certificate is not for ${SIGNING_HOST}.`);
  }
  for (let i = 0; i + 1 < chain.length; i++) {
    const [cert, issuer] = [chain[i], chain[i + 1]];
    if (!cert || !issuer || !cert.checkIssued(issuer) || !cert.verify(issuer.publicKey)) {
      throw new RequestVerificationError('The certificate chain is broken.');
    }
  }
  const last = chain[chain.length - 1] ?? signer;
  const anchored = roots.some(
    (root) =>
      root.fingerprint256 === last.fingerprint256 ||
      (last.checkIssued(root) && last.verify(root.publicKey) && at <= new Date(root.validTo)),
  );
  if (!anchored) throw new RequestVerificationError('The certificate chain is not trusted.');
  return signer;
}

function checkTimestamp(rawBody: Buffer, at: Date): void {
  let timestamp: unknown;
  try {
    timestamp = (JSON.parse(rawBody.toString('utf8')) as { request?: { timestamp?: unknown } }).request
      ?.timestamp;
  } catch {
    throw new RequestVerificationError('The body is not JSON.');
  }
  const sent = typeof timestamp === 'string' ? Date.parse(timestamp) : Number.NaN;
  if (Number.isNaN(sent) || Math.abs(at.getTime() - sent) > TIMESTAMP_TOLERANCE_MS) {
    throw new RequestVerificationError('The request is too old or from the future.');
  }
}

function header(headers: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Fetches each chain once per process, with a deadline. */
function cachedHttpsFetch(): (url: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (url) => {
    let pending = cache.get(url);
    if (!pending) {
      pending = fetch(url, { signal: AbortSignal.timeout(3000) }).then(async (response) => {
        if (!response.ok) throw new RequestVerificationError('The certificate chain cannot be downloaded.');
        return response.text();
      });
      void pending.catch(() => cache.delete(url));
      cache.set(url, pending);
    }
    return pending;
  };
}
