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

/** Session attributes come back from the device; trust only what has the right shape. */
function parseState(attributes: Record<string, unknown>): SessionState {
  const pending = attributes.pending as Partial<Record<string, unknown>> | undefined;
  const last = attributes.last as Partial<Record<string, unknown>> | undefined;
  let parsedPending: Pending | undefined;
  if (pending?.kind === 'more' && typeof pending.speech === 'string') {
    parsedPending = {
      kind: 'more',
      speech: pending.speech,
      ...(typeof pending.more === 'string' && { more: pending.more }),
    };
  } else if (
    pending?.kind === 'confirm-weekday' &&
    typeof pending.heard === 'string' &&
    typeof pending.lastWeek === 'string'
  ) {
    parsedPending = { kind: 'confirm-weekday', heard: pending.heard, lastWeek: pending.lastWeek };
  } else if (pending?.kind === 'confirm-delete') {
    parsedPending = { kind: 'confirm-delete' };
  }
  const parsedLast =
    typeof last?.speech === 'string'
      ? { speech: last.speech, ...(typeof last.reprompt === 'string' && { reprompt: last.reprompt }) }
      : undefined;
  return { ...(parsedPending && { pending: parsedPending }), ...(parsedLast && { last: parsedLast }) };
}
