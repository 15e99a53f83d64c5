import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { NO_ROUTINE_RUNNING } from '../speech/routine';
import { activeRoutine, goToStep } from './routine';

/** "Back", "previous step". */
export const routinePreviousHandler = intentHandler(['AMAZON.PreviousIntent'], async (input, turn) => {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  const first = active.progress.step === 0;
  return goToStep(
    input,
    turn,
    active.plan,
    { ...active.progress, step: active.progress.step - 1 },
    first ? 'This is the first step. ' : '',
  );
});
