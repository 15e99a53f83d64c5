import { intentHandler } from '../skill/intent';
import { pendingQuestion, reply } from '../skill/reply';
import { saveProcedureDate } from './common';

/** No to the question the skill last asked. */
export const noHandler = intentHandler(['AMAZON.NoIntent'], (input, turn) => {
  const pending = pendingQuestion(input);
  if (pending?.kind === 'confirm-weekday') return saveProcedureDate(input, turn, pending.heard);
  return reply(input, { speech: 'Okay. Take care.', end: true });
});
