import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { NO_ROUTINE_RUNNING } from '../speech/routine';
import { activeRoutine, goToStep } from './routine';

/** "Start over": back to step 1 of the routine under way. */
export const routineStartOverHandler = intentHandler(['AMAZON.StartOverIntent'], async (input, turn) => {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  return goToStep(input, turn, active.plan, { ...active.progress, step: 0 }, 'From the top. ');
});
