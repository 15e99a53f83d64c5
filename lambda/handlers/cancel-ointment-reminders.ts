import type { HandlerInput } from 'ask-sdk-core';
import { AlertsError, deleteReminder } from '../alexa/alerts';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import type { Turn } from '../skill/turn';
import { NO_REMINDERS, REMINDERS_CANCELLED, REMINDERS_NOT_CANCELLED } from '../speech/ointment';

/** "Cancel my ointment reminders". */
export const cancelOintmentRemindersHandler = intentHandler(
  ['CancelOintmentRemindersIntent'],
  async (input, turn) => {
    const cancelled = await cancelReminders(input, turn);
    return reply(input, {
      speech: cancelled === 'none' ? NO_REMINDERS : cancelled ? REMINDERS_CANCELLED : REMINDERS_NOT_CANCELLED,
    });
  },
);

/**
 * Deletes the profile's reminders from Alexa, then from the record. Returns `none` when
 * there were none, false when Alexa would not delete them (the record keeps them).
 */
export async function cancelReminders(input: HandlerInput, turn: Turn): Promise<boolean | 'none'> {
  const reminders = (await turn.profile())?.reminders;
  if (!reminders) return 'none';
  try {
    for (const token of reminders.tokens) await deleteReminder(input, token);
  } catch (error) {
    if (!(error instanceof AlertsError)) throw error;
    turn.log.warn('reminders not cancelled', { failure: error.failure });
    return false;
  }
  await turn.saveProfile({ reminders: null });
  return true;
}

/**
 * Before the account's record goes: deletes every profile's reminders that Alexa still lets
 * the skill delete. Failures are logged and skipped; returns how many were deleted.
 */
export async function cancelAccountReminders(input: HandlerInput, turn: Turn): Promise<number> {
  const account = await turn.account().catch(() => undefined);
  const tokens = Object.values(account?.profiles ?? {}).flatMap((p) => p.reminders?.tokens ?? []);
  const results = await Promise.allSettled(tokens.map((token) => deleteReminder(input, token)));
  const failed = results.filter((r) => r.status === 'rejected').length;
  if (failed > 0) turn.log.warn('some reminders not cancelled before deleting data', { failed });
  return tokens.length - failed;
}
