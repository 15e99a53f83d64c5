import { intentHandler } from '../skill/intent';
import { pendingQuestion, reply } from '../skill/reply';
import { KEPT } from '../speech/privacy';
import { saveProcedureDate } from './common';

/** No to the question the skill last asked. */
export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, turn) => {
  const pending = pendingQuestion(input);
  if (pending?.kind === 'confirm-weekday') return saveProcedureDate(input, turn, pending.heard);
  if (pending?.kind === 'confirm-delete') return reply(input, { speech: KEPT, end: true });
  return reply(input, { speech: 'Okay. Take care.', end: true });
});
