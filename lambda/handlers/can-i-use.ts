import { PRODUCTS, productById } from '../care/content';
import { productAnswer } from '../care/recovery';
import { productAnswerSpeech, productWithoutDateSpeech, unknownThing } from '../speech/answers';
import { intentHandler, isOneOf, slotOf } from '../skill/intent';
import { reply, replySpoken } from '../skill/reply';

export const PRODUCT_IDS = PRODUCTS.map((p) => p.id);

/** "Can I wear make-up yet?" */
export const canIUseHandler = intentHandler(['CanIUseIntent'], async (input, turn) => {
  const { heard, id } = slotOf(input, 'product');
  if (!isOneOf(id, PRODUCT_IDS)) {
    return reply(input, {
      speech: unknownThing('product', heard),
      reprompt: 'Which product would you like to ask about?',
    });
  }
  const timeline = await turn.timeline();
  const spoken = timeline
    ? productAnswerSpeech(productAnswer(timeline, id), timeline)
    : productWithoutDateSpeech(productById(id));
  return replySpoken(input, spoken);
});
