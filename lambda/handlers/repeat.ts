import { intentHandler } from '../skill/intent';
import { lastSaid, reply } from '../skill/reply';
import { helpAnswer } from '../speech/answers';

/** "Say that again." */
export const repeatHandler = intentHandler(['AMAZON.RepeatIntent'], (input) => {
  const last = lastSaid(input);
  return reply(
    input,
    last
      ? { speech: last.speech, ...(last.reprompt && { reprompt: last.reprompt }) }
      : { speech: helpAnswer() },
  );
});
