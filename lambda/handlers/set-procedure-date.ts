import { readProcedureDate } from '../care/procedure-date';
import { dateProblem, lastWeekQuestion } from '../speech/answers';
import { calendarDate } from '../speech/format';
import { intentHandler, slotOf } from '../skill/intent';
import { reply } from '../skill/reply';
import { askForDate, saveProcedureDate } from './common';

/** "I had my needling yesterday": stores a clear date, asks about anything else. */
export const setProcedureDateHandler = intentHandler(['SetProcedureDateIntent'], async (input, turn) => {
  const { heard } = slotOf(input, 'procedureDate');
  if (heard === undefined || heard.trim() === '') return askForDate(input);
  const today = await turn.today();
  const reading = readProcedureDate(heard, today);
  switch (reading.kind) {
    case 'date':
      return saveProcedureDate(input, turn, reading.date);
    case 'confirm-weekday':
      return reply(input, {
        speech: lastWeekQuestion(reading, today),
        reprompt: `Did you needle on ${calendarDate(reading.lastWeek, today)}? Please say yes or no.`,
        pending: { kind: 'confirm-weekday', heard: reading.heard, lastWeek: reading.lastWeek },
      });
    default:
      return askForDate(input, dateProblem(reading, today));
  }
});
