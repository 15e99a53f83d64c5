import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import type { Turn } from '../skill/turn';
import {
  DELETE_QUESTION,
  DELETE_REPROMPT,
  DELETED,
  NOTHING_TO_DELETE_WITHOUT_ACCOUNT,
} from '../speech/privacy';
import { cancelAccountReminders } from './cancel-ointment-reminders';

/** "Delete my data": asks first; yes deletes (yes.ts), no keeps (no.ts). Reads nothing. */
export const deleteMyDataHandler = intentHandler(['DeleteMyDataIntent'], (input) =>
  reply(input, { speech: DELETE_QUESTION, reprompt: DELETE_REPROMPT, pending: { kind: 'confirm-delete' } }),
);

/**
 * Deletes the account's record, and says so only once it is gone. Every profile's ointment
 * reminders are cancelled first where Alexa allows it; the record goes either way.
 */
export async function deleteEverything(input: HandlerInput, turn: Turn): Promise<Response> {
  await cancelAccountReminders(input, turn);
  const deleted = await turn.deleteAccount();
  turn.log.info('account data deleted on request', { deleted });
  return reply(input, { speech: deleted ? DELETED : NOTHING_TO_DELETE_WITHOUT_ACCOUNT, end: true });
}
