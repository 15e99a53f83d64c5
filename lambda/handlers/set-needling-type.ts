import { needlingSavedAnswer } from '../speech/answers';
import { intentHandler, isOneOf, slotOf } from '../skill/intent';
import { reply } from '../skill/reply';

const NEEDLING_TYPES = ['standard', 'dense'] as const;

/** "I did dense needling": stored on the speaker's profile. */
export const setNeedlingTypeHandler = intentHandler(['SetNeedlingTypeIntent'], async (input, turn) => {
  const { id } = slotOf(input, 'needlingType');
  if (!isOneOf(id, NEEDLING_TYPES)) {
    const question = 'Was your needling standard or dense?';
    return reply(input, { speech: question, reprompt: question });
  }
  await turn.saveProfile({ needling: id });
  return reply(input, { speech: needlingSavedAnswer(id) });
});
