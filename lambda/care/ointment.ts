/**
 * The ointment course in time: reminder plans and the application log. Pure functions of
 * the timeline, `now` and the zone.
 */
import { DateTime } from 'luxon';
import { OINTMENT_LAST_DAY } from './content';
import { dayRef, type DayRef, type Timeline } from './recovery';
import { SEED } from './seed-sentences';
import type { Sourced } from './types';

/** What a reminder says when it goes off. */
export const REMINDER_TEXT: Sourced & { readonly say: string } = {
  say: 'Time for a light coat of your ointment.',
  seed: [SEED.ointmentCourse, SEED.lightCoat],
};

/** "2 or 3 times a day": the times of day for each. */
export const DEFAULT_TIMES: Readonly<Record<2 | 3, readonly string[]>> = {
  2: ['09:00', '21:00'],
  3: ['09:00', '14:00', '21:00'],
};

/** The lesson's range, said when a plan or a log needs it. */
export const TIMES_A_DAY: Sourced & { readonly min: number; readonly max: number } = {
  min: 2,
  max: 3,
  seed: [SEED.ointmentCourse],
};

export interface ReminderPlan {
  /** Local times of day, `HH:mm`, earliest first. */
  readonly times: readonly string[];
  /** The last day reminders fire: day 14. */
  readonly until: DayRef;
  /** Local date-time the recurrence starts, `yyyy-MM-ddTHH:mm:ss.SSS`. */
  readonly start: string;
}

export type ReminderPlanResult =
  | {
      readonly kind: 'plan';
      readonly plan: ReminderPlan;
      /** The day asked for was past what the lesson supports, so the plan ends earlier. */
      readonly shortened: boolean;
    }
  | { readonly kind: 'none'; readonly reason: 'before' | 'over' };

/** What the user asked for: their own times, 2 or 3 a day, an end day. */
export interface ReminderWishes {
  readonly times?: readonly string[];
  readonly count?: number;
  /** Day number of the last day with reminders. */
  readonly untilDay?: number;
}

/** How far past day 14 a dense-needling user may take reminders; the lesson says "a few days". */
const DENSE_EXTRA_DAYS = 7;

/**
 * The last day reminders may run: day 14, or for dense needling, which "will take a few
 * days longer to heal", up to a week more when the user asks.
 */
export function lastReminderDay(timeline: Timeline): number {
  return timeline.needling === 'dense' ? OINTMENT_LAST_DAY + DENSE_EXTRA_DAYS : OINTMENT_LAST_DAY;
}

/**
 * Daily reminders from now until the end of day 14, or the day the user asked for within
 * what `lastReminderDay` allows. `times` are the user's own; without them, `count` (2 or 3,
 * default 3) picks the default times.
 */
export function planReminders(
  timeline: Timeline,
  now: Date,
  zone: string,
  wishes: ReminderWishes = {},
): ReminderPlanResult {
  const last = lastReminderDay(timeline);
  const asked = wishes.untilDay;
  const untilDay = asked === undefined || asked < timeline.day ? OINTMENT_LAST_DAY : Math.min(asked, last);
  if (timeline.day > Math.max(untilDay, OINTMENT_LAST_DAY)) return { kind: 'none', reason: 'over' };
  if (timeline.day < 0) return { kind: 'none', reason: 'before' };
  const chosen = [...new Set(wishes.times ?? [])].sort().slice(0, TIMES_A_DAY.max);
  return {
    kind: 'plan',
    shortened: asked !== undefined && asked > last,
    plan: {
      times: chosen.length > 0 ? chosen : DEFAULT_TIMES[wishes.count === 2 ? 2 : 3],
      until: dayRef(timeline, untilDay),
      start: DateTime.fromJSDate(now).setZone(zone).startOf('minute').toFormat("yyyy-MM-dd'T'HH:mm:ss.SSS"),
    },
  };
}

/** AMAZON.TIME values as times of day: `14:30`, or `MO`, `AF`, `EV`, `NI` for parts of the day. */
export function readTimeSlot(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parts: Record<string, string> = { MO: '09:00', AF: '14:00', EV: '19:00', NI: '21:00' };
  if (parts[value]) return parts[value];
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? value : undefined;
}

/** The log's entries within the last few days, for keeping on the record. */
export function recentLog(log: readonly string[], now: Date, keepDays = 3): string[] {
  const cutoff = now.getTime() - keepDays * 86_400_000;
  return log.filter((t) => Date.parse(t) >= cutoff && Date.parse(t) <= now.getTime() + 60_000);
}

export interface OintmentLogSummary {
  /** Applications logged on today's local date. */
  readonly today: number;
  /** The latest application, and its local date relative to today. */
  readonly last?: { readonly at: string; readonly time: string; readonly daysAgo: number };
}

export function summariseLog(log: readonly string[], now: Date, zone: string): OintmentLogSummary {
  const today = DateTime.fromJSDate(now).setZone(zone).toISODate() ?? '';
  const local = log
    .map((at) => ({ at, when: DateTime.fromISO(at).setZone(zone) }))
    .filter(({ when }) => when.isValid && when.toMillis() <= now.getTime() + 60_000)
    .sort((a, b) => a.when.toMillis() - b.when.toMillis());
  const latest = local.at(-1);
  return {
    today: local.filter(({ when }) => when.toISODate() === today).length,
    ...(latest && {
      last: {
        at: latest.at,
        time: latest.when.toFormat('HH:mm'),
        daysAgo: Math.round(DateTime.fromISO(today, { zone }).diff(latest.when.startOf('day'), 'days').days),
      },
    }),
  };
}

/** Whether to mention the log in today's care: evening, fewer than 2 today, still in the course. */
export function shouldNudge(
  timeline: Timeline,
  summary: OintmentLogSummary,
  now: Date,
  zone: string,
): boolean {
  const hour = DateTime.fromJSDate(now).setZone(zone).hour;
  return (
    summary.last !== undefined &&
    hour >= 18 &&
    summary.today < TIMES_A_DAY.min &&
    timeline.day >= 0 &&
    timeline.day <= OINTMENT_LAST_DAY
  );
}
