import { whenAnswerSpeech } from '../speech/answers';
import { productQuestionHandler } from './product-question';

/** "When can I wear make-up again?": the day and its date. */
export const whenCanIUseHandler = productQuestionHandler('WhenCanIUseIntent', whenAnswerSpeech);
