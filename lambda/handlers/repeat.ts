import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { sessionState } from '../skill/session';
import { replyWithHelp } from './help';
import { activeRoutine, goToStep } from './routine';

/**
 * "Say that again": the last answer, still waiting on the question it asked. Outside a
 * session (a Repeat button touched on a screen left from an earlier one), the step of a
 * routine under way.
 */
export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], async (input, turn) => {
  const { last, pending, routine } = sessionState(input);
  if (!last) {
    const active = await activeRoutine(turn);
    if (active) return goToStep(input, turn, active.plan, active.progress);
    return replyWithHelp(input);
  }
  return reply(input, {
    speech: last.speech,
    ...(last.reprompt !== undefined && { reprompt: last.reprompt }),
    ...(pending && { pending }),
    ...(routine && { routine }),
  });
});
