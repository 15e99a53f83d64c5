/**
 * Small helpers for text that Alexa reads aloud.
 */
import { DateTime } from 'luxon';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * Makes text safe to place inside SSML: escapes markup characters and drops control
 * characters, which are not allowed in XML.
 */
export function escapeSsml(text: string): string {
  return Array.from(text, (c) => (isControl(c) ? '' : (XML_ESCAPES[c] ?? c))).join('');
}

function isControl(c: string): boolean {
  const code = c.charCodeAt(0);
  return (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0x7f;
}

/** Text echoed from a request, escaped and cut to a length worth saying back. */
export function echo(text: string, maxLength = 60): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return escapeSsml(trimmed.length > maxLength ? `${trimmed.slice(0, maxLength).trimEnd()}…` : trimmed);
}

/** "a", "a and b", "a, b and c". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  // "vitamin C, creams and lotions, and sunscreen": a serial comma when an item has its own "and".
  const serial = items.length > 2 && items.some((item) => item.includes(' and '));
  return `${items.slice(0, -1).join(', ')}${serial ? ',' : ''} and ${items.at(-1) ?? ''}`;
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** "Friday, November 20", with the year when it is not this year's. */
export function calendarDate(iso: string, today: string): string {
  const date = DateTime.fromISO(iso, { zone: 'utc', locale: 'en-US' });
  const sameYear = date.year === DateTime.fromISO(today, { zone: 'utc' }).year;
  return date.toFormat(sameYear ? 'cccc, LLLL d' : 'cccc, LLLL d, yyyy');
}

/**
 * How a person says a date near today: "today", "tomorrow", "yesterday", "Thursday" within
 * the coming week, otherwise the weekday and date.
 */
export function relativeDate(iso: string, today: string): string {
  const offset = Math.round(
    DateTime.fromISO(iso, { zone: 'utc' }).diff(DateTime.fromISO(today, { zone: 'utc' }), 'days').days,
  );
  if (offset === 0) return 'today';
  if (offset === 1) return 'tomorrow';
  if (offset === -1) return 'yesterday';
  if (offset > 1 && offset < 7)
    return DateTime.fromISO(iso, { zone: 'utc', locale: 'en-US' }).toFormat('cccc');
  return calendarDate(iso, today);
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Removes SSML tags, for cards, logs of length and the console. */
export function plainText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
