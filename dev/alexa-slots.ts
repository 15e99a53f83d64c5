/**
 * AMAZON.TIME values for typed text, the way Alexa fills the slot: `21:30`, or `MO`, `AF`,
 * `EV`, `NI` for parts of the day.
 */
const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const PARTS_OF_DAY: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/** The AMAZON.TIME value of already normalised text ("9 30 pm", "noon", "the evening"). */
export function resolveAlexaTime(text: string): string | undefined {
  const spoken = text.replace(/^(at |in )?(the )?/, '').trim();
  const part = PARTS_OF_DAY[spoken];
  if (part) return part;
  if (spoken === 'noon' || spoken === 'midday') return '12:00';
  if (spoken === 'midnight') return '00:00';
  const match = /^(\w+)(?: (\d{2}))?(?: ?(am|pm|a m|p m|in the morning|in the evening|at night))?$/.exec(
    spoken,
  );
  if (!match) return undefined;
  const [, hourText = '', minuteText, suffix] = match;
  const hour = /^\d+$/.test(hourText) ? Number(hourText) : NUMBER_WORDS.indexOf(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (hour < 0 || hour > 23 || minute > 59 || (suffix !== undefined && (hour === 0 || hour > 12)))
    return undefined;
  const pm = suffix !== undefined && /p|evening|night/.test(suffix);
  const hour24 = suffix === undefined ? hour : (hour % 12) + (pm ? 12 : 0);
  return `${String(hour24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
