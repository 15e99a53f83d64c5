import { productById } from '../care/content';
import { productAnswer } from '../care/recovery';
import { productWithoutDateSpeech, unknownThing, whenAnswerSpeech } from '../speech/answers';
import { intentHandler, isOneOf, slotOf } from '../skill/intent';
import { reply, replySpoken } from '../skill/reply';
import { PRODUCT_IDS } from './can-i-use';

/** "When can I wear make-up again?": the day and its date. */
export const whenCanIUseHandler = intentHandler(['WhenCanIUseIntent'], async (input, turn) => {
  const { heard, id } = slotOf(input, 'product');
  if (!isOneOf(id, PRODUCT_IDS)) {
    return reply(input, {
      speech: unknownThing('product', heard),
      reprompt: 'Which product would you like to ask about?',
    });
  }
  const timeline = await turn.timeline();
  const spoken = timeline
    ? whenAnswerSpeech(productAnswer(timeline, id), timeline)
    : productWithoutDateSpeech(productById(id));
  return replySpoken(input, spoken);
});
