import { productAnswerSpeech } from '../speech/answers';
import { productQuestionHandler } from './product-question';

/** "Can I wear make-up yet?": yes or not yet, and from which day. */
export const canIUseHandler = productQuestionHandler('CanIUseIntent', productAnswerSpeech);
