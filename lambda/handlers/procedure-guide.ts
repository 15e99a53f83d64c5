import { needlingGuideAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { replySpoken } from '../skill/reply';

/** "How do I needle?" */
export const procedureGuideHandler = intentHandler(['ProcedureGuideIntent'], (input) =>
  replySpoken(input, needlingGuideAnswer()),
);
