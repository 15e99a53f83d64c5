import { numbingGuideAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';

/** "How do I numb my skin?" */
export const numbingHandler = intentHandler(['NumbingIntent'], (input) =>
  replySpoken(input, numbingGuideAnswer()),
);
