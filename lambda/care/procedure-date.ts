/**
 * Reads an AMAZON.DATE slot value as a procedure date. Pure: "today" comes in as an ISO date
 * in the user's zone.
 *
 * Alexa sends full dates (`2026-11-20`), dates without a year (`XXXX-11-20`), weeks
 * (`2026-W48`), weekends (`2026-W48-WE`), months (`2026-11`), years (`2026`), decades
 * (`202X`), seasons (`2026-WI`) and `PRESENT_REF` for "now". It resolves a year-less
 * date ("November 20th") and a bare weekday ("Monday") to the next one on or after today, which
 * is rarely what someone who already needled means.
 */
import { DateTime } from 'luxon';
import { addDays, daysBetween } from './recovery';

export type VagueUnit = 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'season';

export type DateReading =
  /** A day to store. `shiftedFromFuture` when a far-future date was read as last year's. */
  | { readonly kind: 'date'; readonly date: string; readonly shiftedFromFuture: boolean }
  /** A day 1 to 7 days ahead: a weekday said alone may mean the one a week earlier. */
  | { readonly kind: 'confirm-weekday'; readonly heard: string; readonly lastWeek: string }
  /** Not a single day; ask which day. */
  | { readonly kind: 'vague'; readonly unit: VagueUnit }
  /** A real date too far from today to be a needling date. */
  | { readonly kind: 'out-of-range'; readonly date: string }
  | { readonly kind: 'unreadable' };

/** A future date this far ahead is taken as a year-less date said about the past. */
const YEARLESS_FUTURE_DAYS = 183;
/** Upcoming procedures are planned at most this far ahead. */
const MAX_AHEAD_DAYS = 366;
/** Recoveries older than this are not worth storing. */
const MAX_BACK_DAYS = 5 * 366;
/** How far ahead a bare weekday can land. */
const WEEK = 7;

const VAGUE: readonly (readonly [RegExp, VagueUnit])[] = [
  [/^(\d{4}|XXXX)-W\d{1,2}-WE$/, 'weekend'],
  [/^(\d{4}|XXXX)-W\d{1,2}$/, 'week'],
  [/^(\d{4}|XXXX)-(WI|SP|SU|FA)$/, 'season'],
  [/^(\d{4}|XXXX)-\d{2}$/, 'month'],
  [/^\d{4}$/, 'year'],
  [/^\d{3}X$/, 'decade'],
];

/** Interprets `value` (an AMAZON.DATE slot value) relative to `today` (ISO date). */
export function readProcedureDate(value: string | undefined, today: string): DateReading {
  const text = (value ?? '').trim().toUpperCase();
  if (text === 'PRESENT_REF') return { kind: 'date', date: today, shiftedFromFuture: false };

  const yearless = /^XXXX-(\d{2})-(\d{2})$/.exec(text);
  if (yearless) {
    const date = mostRecentOnOrBefore(Number(yearless[1]), Number(yearless[2]), today);
    return date ? { kind: 'date', date, shiftedFromFuture: false } : { kind: 'unreadable' };
  }

  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const parsed = DateTime.fromISO(text, { zone: 'utc' });
    return parsed.isValid ? readFullDate(text, today) : { kind: 'unreadable' };
  }

  const vague = VAGUE.find(([pattern]) => pattern.test(text));
  return vague ? { kind: 'vague', unit: vague[1] } : { kind: 'unreadable' };
}

function readFullDate(date: string, today: string): DateReading {
  const ahead = daysBetween(today, date);
  if (ahead > YEARLESS_FUTURE_DAYS && ahead <= MAX_AHEAD_DAYS) {
    const lastYear = DateTime.fromISO(date, { zone: 'utc' }).minus({ years: 1 }).toISODate();
    if (lastYear !== null && lastYear <= today)
      return { kind: 'date', date: lastYear, shiftedFromFuture: true };
  }
  if (ahead > MAX_AHEAD_DAYS || -ahead > MAX_BACK_DAYS) return { kind: 'out-of-range', date };
  if (ahead >= 1 && ahead <= WEEK)
    return { kind: 'confirm-weekday', heard: date, lastWeek: addDays(date, -WEEK) };
  return { kind: 'date', date, shiftedFromFuture: false };
}

function mostRecentOnOrBefore(month: number, day: number, today: string): string | undefined {
  const year = DateTime.fromISO(today, { zone: 'utc' }).year;
  // Eight years back always reaches a leap year, for February 29.
  for (let y = year; y > year - 8; y--) {
    const candidate = DateTime.fromObject({ year: y, month, day }, { zone: 'utc' });
    const iso = candidate.isValid ? candidate.toISODate() : null;
    if (iso !== null && iso <= today) return iso;
  }
  return undefined;
}
