import type { RequestEnvelope } from 'ask-sdk-model';

/** An object whose every field, at any depth, may be missing. */
export type Loose<T> = T extends object ? { [K in keyof T]?: Loose<T[K]> } : T;

/**
 * The envelope as it may really arrive: the model's types promise fields that malformed or
 * hostile requests leave out, so guards read through this view.
 */
export function loose(envelope: RequestEnvelope): Loose<RequestEnvelope> {
  return envelope;
}
