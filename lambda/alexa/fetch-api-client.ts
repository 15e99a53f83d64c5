import { AlexaApiUnreachableError } from '../errors';
import type { services } from 'ask-sdk-model';

/**
 * The ask-sdk `ApiClient` on the runtime's `fetch`, with a deadline on every call: the SDK's
 * default client has none, and a slow Alexa API must not cost the turn its 8 seconds.
 * Like any ApiClient it resolves on every HTTP status; the service clients judge the code.
 */
export class FetchApiClient implements services.ApiClient {
  constructor(private readonly timeoutMs: number) {}

  async invoke(request: services.ApiClientRequest): Promise<services.ApiClientResponse> {
    try {
      const response = await fetch(request.url, {
        method: request.method,
        headers: request.headers.map(({ key, value }): [string, string] => [key, value]),
        ...(request.body !== undefined && { body: request.body }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const headers: { key: string; value: string }[] = [];
      response.headers.forEach((value, key) => headers.push({ key, value }));
      return { statusCode: response.status, headers, body: await response.text() };
    } catch (error) {
      // A plain Error: the SDK's service clients rewrite `message`, which a DOMException
      // (fetch's timeout and abort errors) does not allow.
      throw new AlexaApiUnreachableError('The Alexa API did not answer', { cause: error });
    }
  }
}
