import { DateTime } from 'luxon';
import type { HandlerInput } from 'ask-sdk-core';

/** A question the skill asked and waits on a yes or no for. */
export type Pending =
  /** "Did you mean last Monday?": yes stores `lastWeek`, no stores `heard`. */
  | { readonly kind: 'confirm-weekday'; readonly heard: string; readonly lastWeek: string }
  /** "Want to hear more?": yes speaks `speech`, then offers `more` if there is any. */
  | { readonly kind: 'more'; readonly speech: string; readonly more?: string }
  /** "Shall I delete it all?": yes deletes the account's record. */
  | { readonly kind: 'confirm-delete' };

/** What the skill keeps between the turns of one session. */
export interface SessionState {
  readonly pending?: Pending;
  /** The last thing said, for "repeat that". */
  readonly last?: { readonly speech: string; readonly reprompt?: string };
}

export function sessionState(input: HandlerInput): SessionState {
  if (!input.requestEnvelope.session) return {};
  const attributes: Record<string, unknown> = input.attributesManager.getSessionAttributes();
  return parseState(attributes);
}

export function saveSessionState(input: HandlerInput, state: SessionState): void {
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes({ ...state });
}

/**
 * Session attributes come back with the request; trust only what has the right shape: speech
 * as the skill writes it (escaped text, no tags) and real calendar dates.
 */
function parseState(attributes: Record<string, unknown>): SessionState {
  const pending = asRecord(attributes.pending);
  const last = asRecord(attributes.last);
  let parsedPending: Pending | undefined;
  if (pending?.kind === 'more' && isSpeech(pending.speech)) {
    parsedPending = {
      kind: 'more',
      speech: pending.speech,
      ...(isSpeech(pending.more) && { more: pending.more }),
    };
  } else if (pending?.kind === 'confirm-weekday' && isDate(pending.heard) && isDate(pending.lastWeek)) {
    parsedPending = { kind: 'confirm-weekday', heard: pending.heard, lastWeek: pending.lastWeek };
  } else if (pending?.kind === 'confirm-delete') {
    parsedPending = { kind: 'confirm-delete' };
  }
  const parsedLast = isSpeech(last?.speech)
    ? { speech: last.speech, ...(isSpeech(last.reprompt) && { reprompt: last.reprompt }) }
    : undefined;
  return { ...(parsedPending && { pending: parsedPending }), ...(parsedLast && { last: parsedLast }) };
}

function asRecord(value: unknown): Partial<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null ? value : undefined;
}

/** Text the skill spoke: escaped, without tags, and no longer than a response allows. */
function isSpeech(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    value.length <= 4000 &&
    !/[<>]/.test(value) &&
    !/&(?!(amp|lt|gt|quot|apos);)/.test(value)
  );
}

function isDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}
