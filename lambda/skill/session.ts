import { DateTime } from 'luxon';
import type { HandlerInput } from 'ask-sdk-core';

/** A question the skill asked and waits on a yes or no for. */
export type Pending =
  /** "Did you mean last Monday?": yes stores `lastWeek`, no stores `heard`. */
  | { readonly kind: 'confirm-weekday'; readonly heard: string; readonly lastWeek: string }
  /** "Want to hear more?": yes speaks `speech`, then offers `more` if there is any. */
  | { readonly kind: 'more'; readonly speech: string; readonly more?: string }
  /** "Shall I delete it all?": yes deletes the account's record. */
  | { readonly kind: 'confirm-delete' }
  /** "Is this your first rinse, right after needling?": yes starts it, no the shower wash. */
  | { readonly kind: 'routine-stage' }
  /** "Shall I set a 20-minute timer?" during a routine's wait. */
  | { readonly kind: 'timer'; readonly minutes: number }
  /** "…at 9 AM, 2 PM and 9 PM until day 14. Shall I set them?" */
  | { readonly kind: 'confirm-reminders'; readonly times: readonly string[]; readonly untilDay: number }
  /** "Shall I move them to end on your new day 14?" after a date change. */
  | { readonly kind: 'move-reminders' };

/** What the skill keeps between the turns of one session. */
export interface SessionState {
  readonly pending?: Pending;
  /** The last thing said, for "repeat that". */
  readonly last?: { readonly speech: string; readonly reprompt?: string };
  /** A guided routine under way in this session. */
  readonly routine?: boolean;
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
  } else if (
    pending?.kind === 'confirm-reminders' &&
    Array.isArray(pending.times) &&
    pending.times.length > 0 &&
    pending.times.length <= 3 &&
    pending.times.every((t) => typeof t === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(t)) &&
    typeof pending.untilDay === 'number' &&
    Number.isInteger(pending.untilDay) &&
    pending.untilDay >= 0 &&
    pending.untilDay <= 60
  ) {
    parsedPending = {
      kind: 'confirm-reminders',
      times: pending.times as string[],
      untilDay: pending.untilDay,
    };
  } else if (
    pending?.kind === 'confirm-delete' ||
    pending?.kind === 'routine-stage' ||
    pending?.kind === 'move-reminders'
  ) {
    parsedPending = { kind: pending.kind };
  } else if (
    pending?.kind === 'timer' &&
    typeof pending.minutes === 'number' &&
    Number.isInteger(pending.minutes) &&
    pending.minutes > 0 &&
    pending.minutes <= 60
  ) {
    parsedPending = { kind: 'timer', minutes: pending.minutes };
  }
  const parsedLast = isSpeech(last?.speech)
    ? { speech: last.speech, ...(isSpeech(last.reprompt) && { reprompt: last.reprompt }) }
    : undefined;
  return {
    ...(parsedPending && { pending: parsedPending }),
    ...(parsedLast && { last: parsedLast }),
    ...(attributes.routine === true && { routine: true }),
  };
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
