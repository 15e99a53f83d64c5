import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { OINTMENT_LAST_DAY } from '../care/content';
import { dayRef, todaysCare, type Timeline } from '../care/recovery';
import { timelineOf } from '../screens/screens';
import { moveRemindersQuestion } from '../speech/ointment';
import { ASK_DATE, dateSavedAnswer } from '../speech/answers';
import { reply, replySpoken } from '../skill/reply';
import type { Turn } from '../skill/turn';

/** Answers with `answer(timeline)`, or asks for the procedure date when there is none yet. */
export async function withTimeline(
  input: HandlerInput,
  turn: Turn,
  answer: (timeline: Timeline) => Response | Promise<Response>,
): Promise<Response> {
  const timeline = await turn.timeline();
  if (!timeline) return askForDate(input, 'I don’t know when you needled yet.');
  return answer(timeline);
}

export function askForDate(input: HandlerInput, lead?: string): Response {
  return reply(input, { speech: lead ? `${lead} ${ASK_DATE}` : ASK_DATE, reprompt: ASK_DATE });
}

/**
 * Stores the procedure date and says where that puts the user, with the timeline on a
 * screen; when ointment reminders end on another day than the new day 14, offers to move them.
 */
export async function saveProcedureDate(input: HandlerInput, turn: Turn, date: string): Promise<Response> {
  // A failed read surfaces from saveProfile, as a save that did not happen.
  const reminders = (await turn.profile().catch(() => undefined))?.reminders;
  const timeline = await turn.saveProfile({ procedureDate: date });
  if (!timeline) throw new Error('A saved date must give a timeline');
  const today = todaysCare(timeline);
  const saved = dateSavedAnswer(today);
  const screen = timelineOf(today);
  const newUntil = dayRef(timeline, reminders?.untilDay ?? OINTMENT_LAST_DAY);
  if (reminders && reminders.until !== newUntil.date && newUntil.date >= timeline.today) {
    const question = moveRemindersQuestion(reminders.until, newUntil, timeline.today);
    return reply(input, {
      speech: `${saved.speech} ${question}`,
      reprompt: question,
      pending: { kind: 'move-reminders' },
      screen,
    });
  }
  return replySpoken(input, saved, { screen });
}
