import type { HandlerInput } from 'ask-sdk-core';
import type { Directive, Response } from 'ask-sdk-model';
import { screenDirectives, type Screen } from '../screens/screens';
import type { Spoken } from '../speech/answers';
import type { Card } from '../speech/cards';
import { saveSessionState, sessionState, type Pending } from './session';

export const MORE_QUESTION = 'Want to hear more?';
const MORE_REPROMPT = 'Would you like more detail?';

export interface Reply {
  readonly speech: string;
  /** Said again when the user is silent; defaults to the offer of `more`. */
  readonly reprompt?: string;
  /** Detail offered with "Want to hear more?" and spoken on yes. */
  readonly more?: string | Spoken;
  /** The question that offers `more`, instead of "Want to hear more?". */
  readonly offer?: string;
  /** A yes/no question this reply asks. */
  readonly pending?: Pending;
  /** Ends the session after speaking; by default, a reply that asks nothing ends it. */
  readonly end?: boolean;
  /** A guided routine goes on in this session ("next", "back" and "stop" apply to it). */
  readonly routine?: boolean;
  /** Directives to send with the speech. */
  readonly directives?: readonly Directive[];
  /** Permission scopes to ask for with a card in the Alexa app. */
  readonly permissionsCard?: readonly string[];
  /** What to show on a device with a screen, built only for one; others get the speech alone. */
  readonly screen?: () => Screen;
  /** A card to re-read in the Alexa app. */
  readonly card?: Card;
}

/**
 * Builds the response and remembers what was said, so "repeat" and "yes" work next turn.
 * A reply that asks something keeps the session open with a reprompt; one that asks nothing
 * closes it, so the microphone never stays open on a statement.
 */
export function reply(input: HandlerInput, r: Reply): Response {
  const speech = r.more ? `${r.speech} ${r.offer ?? MORE_QUESTION}` : r.speech;
  const pending: Pending | undefined = r.pending ?? (r.more ? offerOf(r.more) : undefined);
  const builder = input.responseBuilder.speak(speech);
  for (const directive of r.directives ?? []) builder.addDirective(directive);
  for (const directive of screenDirectives(input.requestEnvelope, r.screen)) builder.addDirective(directive);
  if (r.permissionsCard) builder.withAskForPermissionsConsentCard([...r.permissionsCard]);
  else if (r.card) builder.withStandardCard(r.card.title, r.card.text);
  if (r.end ?? (r.reprompt === undefined && r.more === undefined && r.pending === undefined)) {
    saveSessionState(input, {});
    return builder.withShouldEndSession(true).getResponse();
  }
  const reprompt = r.reprompt ?? `${r.offer ?? MORE_REPROMPT} You can say yes or no.`;
  saveSessionState(input, {
    ...(pending && { pending }),
    last: { speech, reprompt },
    ...(r.routine && { routine: true }),
  });
  return builder.reprompt(reprompt).getResponse();
}

/** What yes will say: the offered answer, and the detail it may offer in turn. */
function offerOf(more: string | Spoken): Pending {
  if (typeof more === 'string') return { kind: 'more', speech: more };
  const next = typeof more.more === 'string' ? more.more : more.more?.speech;
  return { kind: 'more', speech: more.speech, ...(next !== undefined && { more: next }) };
}

/** A reply from an engine answer that may offer more. */
export function replySpoken(
  input: HandlerInput,
  spoken: Spoken,
  extra: Omit<Reply, 'speech' | 'more' | 'offer'> = {},
): Response {
  return reply(input, { ...spoken, ...extra });
}

/** The question the session was waiting on, if any. */
export function pendingQuestion(input: HandlerInput): Pending | undefined {
  return sessionState(input).pending;
}
