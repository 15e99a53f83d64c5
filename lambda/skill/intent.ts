import { getIntentName, getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { Turn } from './turn';

/** A request handler for named intents; the names let a test match handlers to the model. */
export interface IntentHandler extends RequestHandler {
  readonly intentNames: readonly string[];
}

/** Declares the handler for `intentNames`, given the turn of the request. */
export function intentHandler(
  intentNames: readonly string[],
  handle: (input: HandlerInput, turn: Turn) => Promise<Response> | Response,
): IntentHandler {
  return {
    intentNames,
    canHandle: (input) =>
      getRequestType(input.requestEnvelope) === 'IntentRequest' &&
      intentNames.includes(getIntentName(input.requestEnvelope)),
    handle: (input) => handle(input, Turn.of(input)),
  };
}

/** The slot's spoken value and, when entity resolution matched, the id of its value. */
export function slotOf(input: HandlerInput, name: string): { heard?: string; id?: string } {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return {};
  const slot = request.intent.slots?.[name];
  const heard = typeof slot?.value === 'string' ? slot.value : undefined;
  const match = slot?.resolutions?.resolutionsPerAuthority?.find(
    (authority) => authority.status.code === 'ER_SUCCESS_MATCH',
  );
  const id = match?.values[0]?.value.id;
  return { ...(heard !== undefined && { heard }), ...(id !== undefined && { id }) };
}

export function isOneOf<T extends string>(value: string | undefined, options: readonly T[]): value is T {
  return value !== undefined && (options as readonly string[]).includes(value);
}
