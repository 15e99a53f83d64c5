/**
 * The recovery engine: pure functions from a procedure date, a needling type, "now" and a
 * time zone to structured answers. No SDK, no clock, no I/O.
 */
import { DateTime } from 'luxon';
import {
  CARE,
  COMPLETE_AFTER_DAYS,
  DENSE_NOTE,
  MILESTONES,
  PHASES,
  PRODUCTS,
  productById,
  symptomById,
} from './content';
import type {
  CareItem,
  DayWindow,
  Milestone,
  NeedlingType,
  Phase,
  Product,
  ProductId,
  Sourced,
  Symptom,
  SymptomId,
  SymptomStage,
} from './types';

/** Where a user is in their recovery, fixed for one request. */
export interface Timeline {
  /** Day 0, as an ISO calendar date (`2026-11-20`). */
  readonly procedureDate: string;
  readonly needling: NeedlingType;
  /** Today in the user's zone, as an ISO calendar date. */
  readonly today: string;
  /** Calendar days from the procedure to today; negative while the procedure is ahead. */
  readonly day: number;
}

/** A recovery day with its calendar date. */
export interface DayRef {
  readonly day: number;
  /** ISO calendar date. */
  readonly date: string;
}

export interface TodaysCare {
  readonly timeline: Timeline;
  readonly phase: Phase;
  /** Today's care, most important first. */
  readonly care: readonly CareItem[];
  readonly milestone?: Milestone;
  /** Products allowed from today on (not before). */
  readonly newlyAllowed: readonly Product[];
  /** Products whose "usually day 3 to 7" style range opens today. */
  readonly windowOpens: readonly Product[];
  /** Said for dense needling while the skin heals. */
  readonly denseNote?: Sourced & { readonly say: string };
}

export interface NextChange extends DayRef {
  readonly milestones: readonly Milestone[];
  /** Products allowed from that day. */
  readonly allowed: readonly Product[];
  /** Products that usually come back in a range starting that day ("day 3 to 7"). */
  readonly usuallyFrom: readonly Product[];
}

export type ProductVerdict =
  'yes' | 'not-yet' | 'usually-soon' | 'never' | 'not-today' | 'lesson-silent' | 'caution' | 'not-covered';

export interface ProductAnswer {
  readonly product: Product;
  /**
   * `yes`: allowed today. `not-yet`: allowed from `from`. `usually-soon`: inside a
   * "usually day 3 to 7" range but before its end. `never`: not while healing. `not-today`:
   * to be avoided today. `lesson-silent`: avoided on other days, nothing said about today.
   * `caution`: not a yes or no. `not-covered`: the lesson does not mention it.
   */
  readonly verdict: ProductVerdict;
  readonly from?: DayRef;
  readonly usualBy?: DayRef;
  /** True while the procedure is still ahead. */
  readonly beforeNeedling: boolean;
}

export type SymptomVerdict = 'expected' | 'easing' | 'common' | 'watch' | 'outside' | 'not-described';

export interface SymptomAnswer {
  readonly symptom: Symptom;
  readonly verdict: SymptomVerdict;
  /** The stage that covers today, when one does. */
  readonly stage?: SymptomStage;
  /** Said when dense needling may stretch the lesson's timeline. */
  readonly denseNote?: Sourced & { readonly say: string };
  /** True while the procedure is still ahead. */
  readonly beforeNeedling: boolean;
}

/** Today's calendar date in `zone`, as ISO. */
export function localDate(now: Date, zone: string): string {
  return toIsoDate(DateTime.fromJSDate(now, { zone }));
}

/**
 * Places `now` on the recovery timeline of a procedure on `procedureDate`, counting calendar
 * days in `zone`.
 */
export function timelineFor(
  procedureDate: string,
  needling: NeedlingType,
  now: Date,
  zone: string,
): Timeline {
  const today = localDate(now, zone);
  return { procedureDate, needling, today, day: daysBetween(procedureDate, today) };
}

/** The date of recovery day `day`. */
export function dayRef(timeline: Timeline, day: number): DayRef {
  return { day, date: addDays(timeline.procedureDate, day) };
}

export function phaseOf(day: number): Phase {
  const phase = PHASES.find((p) => inWindow(p.days, day));
  if (!phase) throw new Error(`No phase covers day ${day}`);
  return phase;
}

/** What to do and expect today. */
export function todaysCare(timeline: Timeline): TodaysCare {
  const { day } = timeline;
  const care = CARE.filter((c) => inWindow(c.days, day)).sort((a, b) => a.rank - b.rank);
  const milestone = MILESTONES.find((m) => m.day === day);
  const opening = PRODUCTS.filter(
    (p) => !p.umbrella && p.allowance.kind === 'from-day' && p.allowance.day === day,
  );
  const ranged = (p: Product): boolean =>
    p.allowance.kind === 'from-day' && p.allowance.usualBy !== undefined;
  return {
    timeline,
    phase: phaseOf(day),
    care,
    ...(milestone && { milestone }),
    newlyAllowed: opening.filter((p) => !ranged(p)),
    windowOpens: opening.filter(ranged),
    ...(isHealingDense(timeline) && { denseNote: DENSE_NOTE }),
  };
}

/** The next day after today on which something changes, or undefined when nothing will. */
export function nextChange(timeline: Timeline): NextChange | undefined {
  const after = Math.max(timeline.day, -1);
  const fromDay = (p: Product): number | undefined =>
    !p.umbrella && p.allowance.kind === 'from-day' ? p.allowance.day : undefined;
  const days = [...MILESTONES.map((m) => m.day), ...PRODUCTS.map(fromDay)].filter(
    (d): d is number => d !== undefined && d > after,
  );
  if (days.length === 0) return undefined;
  const day = Math.min(...days);
  const starting = PRODUCTS.filter((p) => fromDay(p) === day);
  return {
    ...dayRef(timeline, day),
    milestones: MILESTONES.filter((m) => m.day === day),
    allowed: starting.filter((p) => p.allowance.kind === 'from-day' && p.allowance.usualBy === undefined),
    usuallyFrom: starting.filter((p) => p.allowance.kind === 'from-day' && p.allowance.usualBy !== undefined),
  };
}

/** Whether a product or activity is allowed today, and from which day. */
export function productAnswer(timeline: Timeline, id: ProductId): ProductAnswer {
  const product = productById(id);
  const { day } = timeline;
  const base = { product, beforeNeedling: day < 0 };
  const { allowance } = product;
  switch (allowance.kind) {
    case 'throughout':
      return { ...base, verdict: 'yes' };
    case 'never':
      return { ...base, verdict: 'never' };
    case 'caution':
      return { ...base, verdict: 'caution' };
    case 'not-covered':
      return { ...base, verdict: 'not-covered' };
    case 'avoid-on':
      return { ...base, verdict: inWindow(allowance.days, day) || day < 0 ? 'not-today' : 'lesson-silent' };
    case 'from-day': {
      const from = dayRef(timeline, allowance.day);
      const usualBy = allowance.usualBy === undefined ? undefined : dayRef(timeline, allowance.usualBy);
      const verdict: ProductVerdict =
        day < allowance.day ? 'not-yet' : usualBy && day < usualBy.day ? 'usually-soon' : 'yes';
      return { ...base, verdict, from, ...(usualBy && { usualBy }) };
    }
  }
}

/** Whether a symptom is what the lesson expects today. */
export function symptomAnswer(timeline: Timeline, id: SymptomId): SymptomAnswer {
  const symptom = symptomById(id);
  const base = { symptom, beforeNeedling: timeline.day < 0 };
  if (symptom.stages.length === 0) return { ...base, verdict: 'not-described' };
  const stage = symptom.stages.find((s) => inWindow(s.days, timeline.day));
  if (stage) return { ...base, verdict: stage.kind, stage };
  const stretchedByDense = timeline.needling === 'dense' && timeline.day > 0;
  return { ...base, verdict: 'outside', ...(stretchedByDense && { denseNote: DENSE_NOTE }) };
}

/** True when the recovery is over a year old. */
export function isComplete(timeline: Timeline): boolean {
  return timeline.day > COMPLETE_AFTER_DAYS;
}

function isHealingDense(timeline: Timeline): boolean {
  return timeline.needling === 'dense' && timeline.day >= 0 && timeline.day <= COMPLETE_AFTER_DAYS;
}

export function inWindow(window: DayWindow, day: number): boolean {
  return day >= window.from && (window.to === undefined || day <= window.to);
}

/**
 * Adds calendar days to an ISO date. Plain UTC arithmetic: calendar dates have no zone, and
 * this runs for every day a screen shows, where luxon's parsing was most of the cost.
 */
export function addDays(isoDate: string, days: number): string {
  const date = utcDate(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Calendar days from one ISO date to another. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((utcDate(toIso).getTime() - utcDate(fromIso).getTime()) / 86_400_000);
}

/** True for a real ISO calendar date (`2026-02-28`, not `2026-02-30`). */
export function isCalendarDate(text: string): boolean {
  return parseUtcDate(text) !== undefined;
}

/** Midnight UTC of an ISO calendar date; years below 100 stay as they are. */
function utcDate(isoDate: string): Date {
  const date = parseUtcDate(isoDate);
  if (!date) throw new Error(`Not an ISO calendar date: ${isoDate}`);
  return date;
}

function parseUtcDate(text: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const same =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return same ? date : undefined;
}

function toIsoDate(dt: DateTime): string {
  const iso = dt.toISODate();
  if (iso === null) throw new Error(`Invalid date: ${dt.invalidExplanation ?? 'unknown'}`);
  return iso;
}
