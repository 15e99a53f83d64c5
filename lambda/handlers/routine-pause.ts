import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { routineCard } from '../speech/cards';
import { NO_ROUTINE_RUNNING, pausedSpeech } from '../speech/routine';
import { activeRoutine, leaveRoutine } from './routine';

/** "Pause": keep the place, close the session. */
export const routinePauseHandler = intentHandler(['AMAZON.PauseIntent'], async (input, turn) => {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  await leaveRoutine(turn, active, false);
  return reply(input, {
    speech: pausedSpeech(active.progress.step, active.plan.steps.length),
    end: true,
    card: routineCard(active.plan),
  });
});
