/**
 * Ointment reminders: state the plan, set it on yes (asking Alexa for the permission first
 * when needed), move it when the date changes, and never set the same reminders twice.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import {
  AlertsError,
  askForPermission,
  createReminder,
  dailyReminderRequest,
  deleteReminder,
  hasPermission,
  localeOf,
  REMINDERS_SCOPE,
} from '../alexa/alerts';
import { OINTMENT_LAST_DAY } from '../care/content';
import { lastReminderDay, planReminders, readTimeSlot, REMINDER_TEXT } from '../care/ointment';
import { daysBetween, isCalendarDate } from '../care/recovery';
import { intentHandler, slotOf } from '../skill/intent';
import { reply } from '../skill/reply';
import type { Turn } from '../skill/turn';
import {
  REMINDER_PLAN_REPROMPT,
  reminderPlanQuestion,
  reminderProblem,
  REMINDERS_BEFORE,
  REMINDERS_OVER,
  remindersAlreadySet,
  remindersSet,
  REMINDERS_NOT_CANCELLED,
  remindersShortened,
  DENSE_REMINDER_HINT,
} from '../speech/ointment';
import { cancelReminders } from './cancel-ointment-reminders';
import { askForDate } from './common';

/** The token of a reminders permission request: the prefix, the times comma-separated, `@`, the last day. */
export const REMINDERS_TOKEN_PREFIX = 'ointment-reminders:';

const TIME_SLOTS = ['time', 'secondTime', 'thirdTime'] as const;

/** "Remind me to apply my ointment", "…twice a day", "…at 8 AM and 8 PM". */
export const setOintmentRemindersHandler = intentHandler(
  ['SetOintmentRemindersIntent'],
  async (input, turn) => {
    const timeline = await turn.timeline();
    if (!timeline) return askForDate(input, 'To plan your ointment reminders, I need your needling date.');
    const existing = (await turn.profile())?.reminders;
    if (existing && existing.until >= timeline.today) {
      return reply(input, { speech: remindersAlreadySet(existing, timeline.today) });
    }
    const times = TIME_SLOTS.map((name) => readTimeSlot(slotOf(input, name).heard)).filter(
      (t): t is string => t !== undefined,
    );
    const count = Number(slotOf(input, 'frequency').id);
    const untilDate = slotOf(input, 'untilDate').heard;
    const untilDay =
      untilDate !== undefined && isCalendarDate(untilDate)
        ? daysBetween(timeline.procedureDate, untilDate)
        : undefined;
    const result = planReminders(timeline, turn.now, await turn.zone(), {
      times,
      count,
      ...(untilDay !== undefined && { untilDay }),
    });
    if (result.kind === 'none')
      return reply(input, { speech: result.reason === 'over' ? REMINDERS_OVER : REMINDERS_BEFORE });
    const lead = result.shortened ? `${remindersShortened(lastReminderDay(timeline))} ` : '';
    const hint = timeline.needling === 'dense' && untilDay === undefined ? ` ${DENSE_REMINDER_HINT}` : '';
    return reply(input, {
      speech: `${lead}${reminderPlanQuestion(result.plan, timeline.today)}${hint}`,
      reprompt: REMINDER_PLAN_REPROMPT,
      pending: { kind: 'confirm-reminders', times: result.plan.times, untilDay: result.plan.until.day },
    });
  },
);

/** Yes to the plan: ask for the permission if needed, then create one daily reminder per time. */
export async function createOintmentReminders(
  input: HandlerInput,
  turn: Turn,
  times: readonly string[],
  untilDay: number,
): Promise<Response> {
  if (!hasPermission(input, REMINDERS_SCOPE)) {
    return askForPermission(
      input,
      REMINDERS_SCOPE,
      `${REMINDERS_TOKEN_PREFIX}${times.join(',')}@${String(untilDay)}`,
    );
  }
  const timeline = await turn.timeline();
  if (!timeline) return askForDate(input, 'To plan your ointment reminders, I need your needling date.');
  const zone = await turn.zone();
  const result = planReminders(timeline, turn.now, zone, { times, untilDay });
  if (result.kind === 'none')
    return reply(input, { speech: result.reason === 'over' ? REMINDERS_OVER : REMINDERS_BEFORE });
  const { plan } = result;
  const tokens: string[] = [];
  try {
    for (const time of plan.times) {
      tokens.push(
        await createReminder(
          input,
          dailyReminderRequest({
            time,
            start: plan.start,
            until: plan.until.date,
            zone,
            locale: localeOf(input),
            text: REMINDER_TEXT.say,
          }),
        ),
      );
    }
  } catch (error) {
    if (!(error instanceof AlertsError)) throw error;
    turn.log.warn('reminders not set', { failure: error.failure, created: tokens.length });
    await Promise.allSettled(tokens.map((token) => deleteReminder(input, token)));
    return reply(input, {
      speech: reminderProblem(error.failure),
      ...(error.failure === 'unauthorized' && { permissionsCard: [REMINDERS_SCOPE] }),
    });
  }
  await turn.saveProfile({
    reminders: { tokens, times: plan.times, until: plan.until.date, untilDay: plan.until.day },
  });
  return reply(input, {
    speech: remindersSet({ times: plan.times, until: plan.until.date }, timeline.today),
  });
}

/** Alexa's answer to the reminders permission request; the times ride in the token. */
export function reminderPermissionAnswered(
  input: HandlerInput,
  turn: Turn,
  accepted: boolean,
  token: string,
): Promise<Response> | Response {
  if (!accepted)
    return reply(input, { speech: reminderProblem('denied'), permissionsCard: [REMINDERS_SCOPE] });
  const [timesText = '', untilText = ''] = token.slice(REMINDERS_TOKEN_PREFIX.length).split('@');
  const times = timesText
    .split(',')
    .map((t) => readTimeSlot(t))
    .filter((t): t is string => t !== undefined);
  const untilDay = /^\d{1,2}$/.test(untilText) ? Number(untilText) : OINTMENT_LAST_DAY;
  return createOintmentReminders(input, turn, times, untilDay);
}

/** Yes to moving the reminders after a date change: the same times and day of recovery. */
export async function moveReminders(input: HandlerInput, turn: Turn): Promise<Response> {
  const reminders = (await turn.profile())?.reminders;
  const cancelled = await cancelReminders(input, turn);
  if (cancelled === false) return reply(input, { speech: REMINDERS_NOT_CANCELLED });
  return createOintmentReminders(
    input,
    turn,
    reminders?.times ?? [],
    reminders?.untilDay ?? OINTMENT_LAST_DAY,
  );
}
