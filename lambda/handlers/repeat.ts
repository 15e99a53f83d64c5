import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';
import { sessionState } from '../skill/session';
import { replyWithHelp } from './help';

/** "Say that again": the last answer, still waiting on the question it asked. */
export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], (input) => {
  const { last, pending, routine } = sessionState(input);
  if (!last) return replyWithHelp(input);
  return reply(input, {
    speech: last.speech,
    ...(last.reprompt !== undefined && { reprompt: last.reprompt }),
    ...(pending && { pending }),
    ...(routine && { routine }),
  });
});
