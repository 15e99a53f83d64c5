import { recentLog, summariseLog } from '../care/ointment';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { logged } from '../speech/ointment';
import { OINTMENT_LOG_LIMIT } from '../store/profile-record';

/** "I just put on my ointment": logs it, keeping only the last few days. */
export const logOintmentHandler = intentHandler(['LogOintmentIntent'], async (input, turn) => {
  const previous = (await turn.profile())?.ointmentLog ?? [];
  const log = [...recentLog(previous, turn.now), turn.now.toISOString()].slice(-OINTMENT_LOG_LIMIT);
  await turn.saveProfile({ ointmentLog: log });
  return reply(input, { speech: logged(summariseLog(log, turn.now, await turn.zone())) });
});
