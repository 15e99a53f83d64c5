import { summariseLog } from '../care/ointment';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { logAnswer } from '../speech/ointment';

/** "When did I last put on ointment?", "how many times today?" */
export const ointmentLogQueryHandler = intentHandler(['OintmentLogQueryIntent'], async (input, turn) => {
  const log = (await turn.profile())?.ointmentLog ?? [];
  return reply(input, { speech: logAnswer(summariseLog(log, turn.now, await turn.zone())) });
});
