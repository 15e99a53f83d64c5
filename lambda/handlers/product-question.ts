import { PRODUCTS, productById } from '../care/content';
import { productAnswer, type ProductAnswer, type Timeline } from '../care/recovery';
import { productWithoutDateSpeech, unknownThing, type Spoken } from '../speech/answers';
import { intentHandler, isOneOf, slotOf, type IntentHandler } from '../skill/intent';
import { reply, replySpoken } from '../skill/reply';

const PRODUCT_IDS = PRODUCTS.map((p) => p.id);

/**
 * A handler for a question about the `product` slot: resolves the product, places it on the
 * speaker's timeline, and lets `speak` word the answer.
 */
export function productQuestionHandler(
  intentName: string,
  speak: (answer: ProductAnswer, timeline: Timeline) => Spoken,
): IntentHandler {
  return intentHandler([intentName], async (input, turn) => {
    const { heard, id } = slotOf(input, 'product');
    if (!isOneOf(id, PRODUCT_IDS)) {
      return reply(input, {
        speech: unknownThing('product', heard),
        reprompt: 'Which product would you like to ask about?',
      });
    }
    const timeline = await turn.timeline();
    return replySpoken(
      input,
      timeline ? speak(productAnswer(timeline, id), timeline) : productWithoutDateSpeech(productById(id)),
    );
  });
}
