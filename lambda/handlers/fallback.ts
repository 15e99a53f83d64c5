import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';

const SUGGESTION =
  'You can ask what to do today, whether you can use make-up yet, or whether swelling is normal. What would you like?';

/** Whatever the model could not place. */
export const fallbackHandler = intentHandler(['AMAZON.FallbackIntent'], (input) =>
  reply(input, { speech: `Sorry, I can’t help with that. ${SUGGESTION}`, reprompt: SUGGESTION }),
);
