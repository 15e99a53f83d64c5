import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { NO_REMINDERS, remindersListed } from '../speech/ointment';

/** "What reminders do I have?" */
export const listOintmentRemindersHandler = intentHandler(
  ['ListOintmentRemindersIntent'],
  async (input, turn) => {
    const reminders = (await turn.profile())?.reminders;
    if (!reminders) return reply(input, { speech: NO_REMINDERS });
    return reply(input, { speech: remindersListed(reminders, await turn.today()) });
  },
);
