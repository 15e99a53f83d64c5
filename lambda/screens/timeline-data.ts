/**
 * The recovery timeline screen's data: a pure function of the engine's answer for today.
 * Every line comes from the care data, so the screen says nothing the voice could not.
 */
import { MILESTONES, NEEDLING_DAY_MARK, PRODUCTS, STRIP_PRODUCTS, productById } from '../care/content';
import { lastReminderDay } from '../care/ointment';
import { dayRef, nextChange, productAnswer, type NextChange, type TodaysCare } from '../care/recovery';
import { dayHeading } from '../speech/cards';
import { calendarDate, capitalise } from '../speech/format';

/** One day on the strip. */
export interface StripDay {
  /** "Day 3". */
  readonly title: string;
  /** "Thu 27". */
  readonly date: string;
  /** What the lesson marks on that day, a few words each, as one line ("Sunscreen. Actives"). */
  readonly marks: string;
  readonly state: 'past' | 'today' | 'ahead';
}

/** The data source of `timeline.json`. */
export interface TimelineScreen {
  /** "Day 3 of your recovery". */
  readonly heading: string;
  /** "Thursday, November 27". */
  readonly date: string;
  /** The phase's summary. */
  readonly summary: string;
  /** Days 0 to 14, or further for dense needling. */
  readonly days: readonly StripDay[];
  /** The strip's day to show first: today, or the nearest end when today is off the strip. */
  readonly focusIndex: number;
  /** Today's care, most important first. */
  readonly checklist: readonly string[];
  /** "Ointment, cleansers, sunscreen", or empty before needling. */
  readonly allowed: string;
  /** "Vitamin A and peptides, usually back by day 7", or empty. */
  readonly usuallySoon: string;
  /** "Day 4, Friday, November 28", or empty when nothing else changes. */
  readonly nextWhen: string;
  /** What changes then, or empty. */
  readonly nextWhat: string;
  /** The dense-needling note while it applies, or empty. */
  readonly note: string;
}

/** Builds the timeline screen for the user's day. */
export function timelineScreen(today: TodaysCare): TimelineScreen {
  const { timeline } = today;
  const last = lastReminderDay(timeline);
  const days = Array.from({ length: last + 1 }, (_, day): StripDay => {
    const { date } = dayRef(timeline, day);
    return {
      title: `Day ${day}`,
      date: shortDate(date),
      marks: marksOn(day).join('. '),
      state: day < timeline.day ? 'past' : day === timeline.day ? 'today' : 'ahead',
    };
  });
  const next = nextChange(timeline);
  const started = timeline.day >= 0;
  const answers = PRODUCTS.filter((p) => !p.umbrella && p.allowance.kind !== 'not-covered').map((p) =>
    productAnswer(timeline, p.id),
  );
  const names = (verdict: string): string[] =>
    answers.filter((a) => a.verdict === verdict).map((a) => a.product.name);
  const soon = names('usually-soon');
  const soonBy = answers.find((a) => a.verdict === 'usually-soon')?.usualBy?.day;
  return {
    heading: dayHeading(timeline.day),
    date: calendarDate(timeline.today, timeline.today),
    summary: today.phase.summary,
    days,
    focusIndex: Math.max(0, Math.min(timeline.day, last)),
    checklist: today.care.map((c) => c.brief),
    allowed: started ? capitalise(names('yes').join(', ')) : '',
    usuallySoon:
      started && soon.length > 0 && soonBy !== undefined
        ? `${capitalise(soon.join(', '))}: usually back by day ${soonBy}`
        : '',
    nextWhen: next ? `Day ${next.day}, ${calendarDate(next.date, timeline.today)}` : '',
    nextWhat: next ? changesOf(next) : '',
    note: today.denseNote?.say ?? '',
  };
}

/** The strip's labels for a day: the lesson's milestone, then what comes back. */
export function marksOn(day: number): string[] {
  const milestones = MILESTONES.filter((m) => m.day === day).map((m) => m.label);
  const products = STRIP_PRODUCTS.filter(({ id }) => {
    const { allowance } = productById(id);
    return allowance.kind === 'from-day' && allowance.day === day;
  }).map((p) => p.label);
  return [...(day === 0 ? [NEEDLING_DAY_MARK.label] : []), ...milestones, ...products];
}

/** "Sunburn pink, less swelling. Back: cleansers, sunscreen. Usually back by day 7: peptides". */
function changesOf(next: NextChange): string {
  const usualBy = next.usuallyFrom.map((p) =>
    p.allowance.kind === 'from-day' ? p.allowance.usualBy : undefined,
  );
  const by = usualBy.find((d) => d !== undefined);
  return [
    ...next.milestones.map((m) => m.label),
    ...(next.allowed.length > 0 ? [`Back: ${next.allowed.map((p) => p.name).join(', ')}`] : []),
    ...(next.usuallyFrom.length > 0 && by !== undefined
      ? [`Usually back by day ${by}: ${next.usuallyFrom.map((p) => p.name).join(', ')}`]
      : []),
  ].join('. ');
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Thu 27": fifteen or more of these per screen, so without luxon's formatter. */
function shortDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()] ?? ''} ${date.getUTCDate()}`;
}
