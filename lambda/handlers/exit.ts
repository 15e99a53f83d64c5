import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { sessionState } from '../skill/session';
import { routineCard } from '../speech/cards';
import { stoppedSpeech } from '../speech/routine';
import { activeRoutine, leaveRoutine } from './routine';

/**
 * Stop, cancel and "go home" end the session politely; in the middle of a routine, the
 * place is kept and the user hears how to pick it up.
 */
export const exitHandler = intentHandler(
  ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
  async (input, turn) => {
    const active = sessionState(input).routine ? await activeRoutine(turn) : undefined;
    if (!active) return reply(input, { speech: 'Take care of your skin. Goodbye.', end: true });
    await leaveRoutine(turn, active, false);
    return reply(input, {
      speech: stoppedSpeech(active.progress.step, active.plan.steps.length),
      end: true,
      card: routineCard(active.plan),
    });
  },
);
