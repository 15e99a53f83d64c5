import { intentHandler } from '../skill/intent';
import { pendingQuestion, reply } from '../skill/reply';
import { NO_REMINDERS_SET, REMINDERS_LEFT } from '../speech/ointment';
import { KEPT } from '../speech/privacy';
import { saveProcedureDate } from './common';
import { startRoutine } from './routine';
import { declineRoutineTimer } from './routine-timer';

/** No to the question the skill last asked. */
export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, turn) => {
  const pending = pendingQuestion(input);
  if (pending?.kind === 'confirm-weekday') return saveProcedureDate(input, turn, pending.heard);
  if (pending?.kind === 'confirm-delete') return reply(input, { speech: KEPT, end: true });
  if (pending?.kind === 'routine-stage') return startRoutine(input, turn, 'hours-later');
  if (pending?.kind === 'timer') return declineRoutineTimer(input, turn);
  if (pending?.kind === 'confirm-reminders') return reply(input, { speech: NO_REMINDERS_SET, end: true });
  if (pending?.kind === 'move-reminders') return reply(input, { speech: REMINDERS_LEFT, end: true });
  return reply(input, { speech: 'Okay. Take care.', end: true });
});
