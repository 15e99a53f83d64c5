/** What the skill says about ointment reminders and the ointment log. */
import { TIMES_A_DAY, type OintmentLogSummary, type ReminderPlan } from '../care/ointment';
import { OINTMENT_LAST_DAY } from '../care/content';
import type { AlertFailure } from '../alexa/alerts';
import { calendarDate, listOf } from './format';

const COUNT_WORDS = ['no times', 'once', 'twice', 'three times'];

/** "9 AM", "2:30 PM". */
export function timeOfDay(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'AM' : 'PM';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${String(hour)} ${suffix}` : `${String(hour)}:${String(m).padStart(2, '0')} ${suffix}`;
}

function times(list: readonly string[]): string {
  return listOf(list.map(timeOfDay));
}

function timesADay(n: number): string {
  return n === 1
    ? 'Once a day'
    : n === 2
      ? 'Twice a day'
      : `${['', '', '', 'Three'][n] ?? String(n)} times a day`;
}

export function reminderPlanQuestion(plan: ReminderPlan, today: string): string {
  return `${timesADay(plan.times.length)}, at ${times(plan.times)}, until ${calendarDate(plan.until.date, today)}, day ${String(plan.until.day)}. Shall I set them?`;
}

export const REMINDER_PLAN_REPROMPT = 'Shall I set your ointment reminders? Please say yes or no.';

export function remindersSet(plan: { times: readonly string[]; until: string }, today: string): string {
  return `Done. I’ll remind you at ${times(plan.times)} each day until ${calendarDate(plan.until, today)}.`;
}

export function remindersAlreadySet(set: { times: readonly string[]; until: string }, today: string): string {
  return `You already have ointment reminders at ${times(set.times)} until ${calendarDate(set.until, today)}. To stop them, say “cancel my ointment reminders”.`;
}

export const REMINDERS_BEFORE =
  'Your needling day hasn’t come yet. Ask me for ointment reminders on the day, after your first rinse.';

export const REMINDERS_OVER = `You’re past day ${String(OINTMENT_LAST_DAY)}, the end of the lesson’s 10 to 14 days of ointment, so there’s nothing to remind you of.`;

const REMINDER_PROBLEMS: Record<AlertFailure | 'denied', string> = {
  unauthorized:
    'Alexa didn’t let me set reminders. I’ve sent a card to your Alexa app where you can allow them for Needling Aftercare.',
  forbidden: 'This device can’t hold reminders, so I couldn’t set them.',
  unavailable: 'I couldn’t set your reminders just now, so nothing was set. Please try again in a moment.',
  denied:
    'Okay, no reminders. If you change your mind, you can allow reminders for Needling Aftercare in the Alexa app; I’ve sent a card there.',
};

export function reminderProblem(problem: AlertFailure | 'denied'): string {
  return REMINDER_PROBLEMS[problem];
}

export const REMINDERS_CANCELLED = 'Done. Your ointment reminders are cancelled.';
export const NO_REMINDERS = 'You don’t have any ointment reminders from me.';
export const REMINDERS_NOT_CANCELLED =
  'I couldn’t cancel your reminders just now, so they’re still set. Please try again in a moment.';

export function moveRemindersQuestion(
  oldUntil: string,
  newUntil: { date: string; day: number },
  today: string,
): string {
  return `You have ointment reminders until ${calendarDate(oldUntil, today)}. Shall I move them to end on ${calendarDate(newUntil.date, today)}, your new day ${String(newUntil.day)}?`;
}

export function remindersShortened(lastDay: number): string {
  return lastDay === OINTMENT_LAST_DAY
    ? `The lesson’s ointment course runs 10 to 14 days, so reminders stop on day ${String(lastDay)}.`
    : `For dense needling, reminders can run to day ${String(lastDay)}.`;
}

export const DENSE_REMINDER_HINT =
  'Dense needling takes a few days longer to heal; to keep reminders going past day 14, say “remind me until”, then a date.';

export function logged(summary: OintmentLogSummary): string {
  const at = summary.last ? ` at ${timeOfDay(summary.last.time)}` : '';
  return `Noted: ointment${at}. That’s ${COUNT_WORDS[summary.today] ?? `${String(summary.today)} times`} today.`;
}

export function logAnswer(summary: OintmentLogSummary): string {
  const { last } = summary;
  if (!last) return NOTHING_LOGGED;
  const when =
    last.daysAgo === 0 ? 'today' : last.daysAgo === 1 ? 'yesterday' : `${String(last.daysAgo)} days ago`;
  return `You last put on ointment at ${timeOfDay(last.time)} ${when}, and you’ve logged it ${COUNT_WORDS[summary.today] ?? `${String(summary.today)} times`} today.`;
}

export const NOTHING_LOGGED =
  'You haven’t told me about any ointment in the last few days. When you put some on, say “I just put on my ointment”.';

export function logNudge(summary: OintmentLogSummary): string {
  return `You’ve logged ointment ${COUNT_WORDS[summary.today] ?? String(summary.today)} today; the lesson says ${String(TIMES_A_DAY.min)} or ${String(TIMES_A_DAY.max)} times a day.`;
}

export const NO_REMINDERS_SET = 'Okay, no reminders.';
export const REMINDERS_LEFT = 'Okay, I’ve left your reminders as they were.';

export function remindersListed(set: { times: readonly string[]; until: string }, today: string): string {
  return `Your ointment reminders are at ${times(set.times)} each day until ${calendarDate(set.until, today)}.`;
}
