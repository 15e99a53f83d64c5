import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { NO_ROUTINE_RUNNING } from '../speech/routine';
import { activeRoutine, goToStep } from './routine';

/** "Resume my routine": the step where it stopped, or the one after a finished wait. */
export const routineResumeHandler = intentHandler(['AMAZON.ResumeIntent'], async (input, turn) => {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  const step = active.progress.waiting ? active.progress.step + 1 : active.progress.step;
  return goToStep(input, turn, active.plan, { ...active.progress, step }, 'Welcome back. ');
});
