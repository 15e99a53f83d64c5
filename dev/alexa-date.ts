/**
 * Resolves spoken dates to AMAZON.DATE slot values the way Alexa does: full dates, a
 * year-less date or a bare weekday moved to the next one on or after today, weeks, weekends,
 * months, years, and PRESENT_REF for "now".
 */
import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The AMAZON.DATE value for `text` said at `now` in `zone`, or undefined if it is no date. */
export function resolveAlexaDate(text: string, now: Date, zone: string): string | undefined {
  const spoken = text.trim().toLowerCase();
  const today = DateTime.fromJSDate(now, { zone });
  if (/^(right |just )?now$/.test(spoken)) return 'PRESENT_REF';

  const week = /^(this|next|last) (week|weekend)$/.exec(spoken);
  if (week) {
    const shifted = today.plus({ weeks: week[1] === 'next' ? 1 : week[1] === 'last' ? -1 : 0 });
    return `${shifted.toFormat("kkkk-'W'WW")}${week[2] === 'weekend' ? '-WE' : ''}`;
  }
  const month = /^(this|next|last) month$/.exec(spoken);
  if (month) {
    return today.plus({ months: month[1] === 'next' ? 1 : month[1] === 'last' ? -1 : 0 }).toFormat('yyyy-MM');
  }
  const monthIndex = MONTHS.indexOf(spoken.replace(/^in /, ''));
  if (monthIndex >= 0) {
    const candidate = today.set({ month: monthIndex + 1 });
    return (candidate.month < today.month ? candidate.plus({ years: 1 }) : candidate).toFormat('yyyy-MM');
  }
  if (/^(in )?\d{4}$/.test(spoken)) return spoken.replace(/^in /, '');

  const [result] = chrono.parse(spoken, { instant: now, timezone: today.offset }, { forwardDate: true });
  if (!result || result.text.length < spoken.replace(/^on /, '').length * 0.6) return undefined;
  const { start } = result;
  const year = start.get('year');
  const monthValue = start.get('month');
  const day = start.get('day');
  if (year === null || monthValue === null || day === null) return undefined;
  return DateTime.fromObject({ year, month: monthValue, day }).toISODate() ?? undefined;
}
