import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { NO_ROUTINE_RUNNING } from '../speech/routine';
import { activeRoutine, goToStep } from './routine';

/** "Next", "done", "okay": on to the next step, or the end. */
export const routineNextHandler = intentHandler(
  ['AMAZON.NextIntent', 'StepDoneIntent'],
  async (input, turn) => {
    const active = await activeRoutine(turn);
    if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
    return goToStep(input, turn, active.plan, { ...active.progress, step: active.progress.step + 1 });
  },
);
