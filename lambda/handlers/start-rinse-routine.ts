import { intentHandler, isOneOf, slotOf } from '../skill/intent';
import { startRoutine } from './routine';

/** "Start my rinse routine", optionally "…the one right after needling" on day 0. */
export const startRinseRoutineHandler = intentHandler(['StartRinseRoutineIntent'], (input, turn) => {
  const { id } = slotOf(input, 'routineStage');
  return startRoutine(input, turn, isOneOf(id, ['just-after', 'hours-later'] as const) ? id : undefined);
});
