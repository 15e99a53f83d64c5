import { SOAK_WAIT } from '../care/routines';
import { intentHandler } from '../skill/intent';
import { pendingQuestion, reply } from '../skill/reply';
import { saveProcedureDate } from './common';
import { deleteEverything } from './delete-my-data';
import { startRoutine } from './routine';
import { createOintmentReminders, moveReminders } from './set-ointment-reminders';
import { setRoutineTimer } from './routine-timer';

/** Yes to the question the skill last asked. */
export const yesHandler = intentHandler(['AMAZON.YesIntent'], (input, turn) => {
  const pending = pendingQuestion(input);
  switch (pending?.kind) {
    case 'confirm-weekday':
      return saveProcedureDate(input, turn, pending.lastWeek);
    case 'confirm-delete':
      return deleteEverything(input, turn);
    case 'routine-stage':
      return startRoutine(input, turn, 'just-after');
    case 'timer':
      return setRoutineTimer(input, turn, SOAK_WAIT, pending.minutes);
    case 'confirm-reminders':
      return createOintmentReminders(input, turn, pending.times, pending.untilDay);
    case 'move-reminders':
      return moveReminders(input, turn);
    case 'more':
      return reply(input, {
        speech: pending.speech,
        ...(pending.more !== undefined && { more: pending.more }),
      });
    case undefined:
      return reply(input, {
        speech: 'What would you like to know? You can ask what to do today, or what changes next.',
        reprompt: 'What would you like to know?',
      });
  }
});
