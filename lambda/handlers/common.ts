import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { todaysCare, type Timeline } from '../care/recovery';
import { ASK_DATE, dateSavedAnswer } from '../speech/answers';
import { reply, replySpoken } from '../skill/reply';
import type { Turn } from '../skill/turn';

/** Answers with `answer(timeline)`, or asks for the procedure date when there is none yet. */
export async function withTimeline(
  input: HandlerInput,
  turn: Turn,
  answer: (timeline: Timeline) => Response,
): Promise<Response> {
  const timeline = await turn.timeline();
  if (!timeline) return askForDate(input, 'I don’t know when you needled yet.');
  return answer(timeline);
}

export function askForDate(input: HandlerInput, lead?: string): Response {
  return reply(input, { speech: lead ? `${lead} ${ASK_DATE}` : ASK_DATE, reprompt: ASK_DATE });
}

/** Stores the procedure date and says where that puts the user. */
export async function saveProcedureDate(input: HandlerInput, turn: Turn, date: string): Promise<Response> {
  const timeline = await turn.saveProfile({ procedureDate: date });
  if (!timeline) throw new Error('A saved date must give a timeline');
  return replySpoken(input, dateSavedAnswer(todaysCare(timeline)));
}
