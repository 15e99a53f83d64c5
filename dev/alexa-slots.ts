/**
 * AMAZON.TIME and AMAZON.DURATION values for typed text, the way Alexa fills those slots:
 * `21:30`, or `MO`, `AF`, `EV`, `NI` for parts of the day; `PT10M`, `PT1H30M` for lengths.
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

/** The AMAZON.DURATION value of normalised text ("10 minutes", "half an hour", "an hour"). */
export function resolveAlexaDuration(text: string): string | undefined {
  const spoken = text.trim();
  if (spoken === 'half an hour') return 'PT30M';
  if (spoken === 'an hour' || spoken === 'one hour') return 'PT1H';
  const match = /^(\w+) (minute|minutes|hour|hours|second|seconds)$/.exec(spoken);
  if (!match) return undefined;
  const [, countText = '', unit = ''] = match;
  const count = /^\d+$/.test(countText) ? Number(countText) : NUMBER_WORDS.indexOf(countText);
  if (count <= 0) return undefined;
  return `PT${String(count)}${unit.startsWith('h') ? 'H' : unit.startsWith('m') ? 'M' : 'S'}`;
}
