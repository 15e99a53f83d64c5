import { SYMPTOMS, symptomById } from '../care/content';
import { symptomAnswer } from '../care/recovery';
import { symptomAnswerSpeech, symptomWithoutDateSpeech, unknownThing } from '../speech/answers';
import { intentHandler, isOneOf, slotOf } from '../skill/intent';
import { reply, replySpoken } from '../skill/reply';

const SYMPTOM_IDS = SYMPTOMS.map((s) => s.id);

/** "Is this swelling normal?" */
export const symptomCheckHandler = intentHandler(['SymptomCheckIntent'], async (input, turn) => {
  const { heard, id } = slotOf(input, 'symptom');
  if (!isOneOf(id, SYMPTOM_IDS)) {
    return reply(input, {
      speech: unknownThing('symptom', heard),
      reprompt: 'Which symptom would you like to ask about?',
    });
  }
  const timeline = await turn.timeline();
  const spoken = timeline
    ? symptomAnswerSpeech(symptomAnswer(timeline, id), timeline)
    : symptomWithoutDateSpeech(symptomById(id));
  return replySpoken(input, spoken);
});
