/**
 * Spoken answers built from the engine's structured answers. Care wording comes from the
 * content data; this module only joins it up and adds days and dates. Main answers stay near
 * 40 words; the rest goes in `more`, offered with a question.
 */
import {
  CARE,
  DENSE_NOTE,
  DISCLAIMER,
  NEEDLING_GUIDE,
  NUMBING_GUIDE,
  PREPARATION_GUIDE,
  phaseById,
} from '../care/content';
import type { DateReading } from '../care/procedure-date';
import {
  isComplete,
  type NextChange,
  type ProductAnswer,
  type SymptomAnswer,
  type Timeline,
  type TodaysCare,
} from '../care/recovery';
import type { Guide, NeedlingType, Product, Symptom } from '../care/types';
import { calendarDate, capitalise, days, echo, listOf, relativeDate } from './format';

/** An answer: what to say now, and the detail to offer after it. */
export interface Spoken {
  readonly speech: string;
  /** Said on yes; an answer of its own may offer more in turn. */
  readonly more?: string | Spoken;
  /** The question that offers `more`, when "Want to hear more?" does not fit. */
  readonly offer?: string;
}

/** Words the brief answer aims to stay within. */
export const BRIEF_WORDS = 45;

export const ASK_DATE =
  'When did you do your needling? You can say a date, like November 20th, or a day, like yesterday.';

export function welcomeNew(): string {
  return `Welcome to needling aftercare. I’ll guide your skin’s recovery day by day. ${DISCLAIMER} ${ASK_DATE}`;
}

function dayLabel(day: number): string {
  return day === 0 ? 'Today is day 0, your needling day.' : `Today is day ${day}.`;
}

/**
 * What to do today, briefly: the day, then what matters most as long as it fits the ear,
 * with every care detail behind "more".
 */
export function todaysCareAnswer(care: TodaysCare): Spoken {
  const { timeline } = care;
  if (timeline.day < 0) return upcomingAnswer(timeline);
  if (isComplete(timeline)) return completeAnswer(timeline);
  const [first, second] = care.care;
  const newToday =
    care.newlyAllowed.length > 0
      ? `New from today: ${listOf(care.newlyAllowed.map((p) => p.name))}.`
      : undefined;
  const opening = care.windowOpens.length > 0 ? usuallyFromSentence(care.windowOpens) : undefined;
  // In order of importance; the required ones are always said, `order` places them.
  const parts = fitToBudget([
    { text: dayLabel(timeline.day), required: true, order: 0 },
    { text: first?.brief, required: true, order: 2 },
    { text: newToday, order: 4 },
    { text: care.milestone?.say, order: 1 },
    { text: opening, order: 5 },
    { text: second?.brief, order: 3 },
  ]);
  return {
    speech: parts.join(' '),
    more: [
      ...care.care.map((c) => c.detail),
      opening && !parts.includes(opening) ? opening : undefined,
      care.denseNote?.say,
    ]
      .filter(Boolean)
      .join(' '),
  };
}

interface Part {
  readonly text: string | undefined;
  readonly required?: boolean;
  /** Position in the spoken answer. */
  readonly order: number;
}

/** Keeps required parts, then adds the others in the given priority while they fit. */
function fitToBudget(parts: readonly Part[]): string[] {
  const words = (text: string): number => text.split(/\s+/).length;
  const chosen = parts.filter(
    (p): p is Part & { text: string } => p.required === true && p.text !== undefined,
  );
  let used = chosen.reduce((sum, p) => sum + words(p.text), 0);
  for (const part of parts) {
    if (part.required || part.text === undefined || used + words(part.text) > BRIEF_WORDS) continue;
    chosen.push({ ...part, text: part.text });
    used += words(part.text);
  }
  return chosen.sort((a, b) => a.order - b.order).map((p) => p.text);
}

/** The day, the phase and where it sits, with today's care behind "more". */
export function statusAnswer(care: TodaysCare): Spoken {
  const { timeline } = care;
  if (timeline.day < 0) return upcomingAnswer(timeline);
  if (isComplete(timeline)) return completeAnswer(timeline);
  const since = `since your needling on ${calendarDate(timeline.procedureDate, timeline.today)}`;
  const opening =
    timeline.day === 0 ? 'Today is day 0: you needled today.' : `Today is day ${timeline.day}, ${since}.`;
  return {
    speech: [opening, care.phase.summary, care.denseNote?.say].filter(Boolean).join(' '),
    more: todaysCareAnswer(care),
    offer: 'Would you like today’s care?',
  };
}

/** What changes next, and when. */
export function nextChangeAnswer(timeline: Timeline, change: NextChange | undefined): Spoken {
  if (timeline.day < 0) {
    return {
      speech: `Next is your needling itself, ${dayAndDate(timeline.procedureDate, timeline.today)}.`,
      more: onNeedlingDay(),
    };
  }
  if (!change) {
    return {
      speech: `Nothing else changes on the lesson’s timeline. ${phaseById('remodelling').summary}`,
    };
  }
  const when =
    change.day === timeline.day + 1
      ? `Tomorrow, day ${change.day}`
      : `On day ${change.day}, ${relativeDate(change.date, timeline.today)}`;
  const parts = [
    ...change.milestones.map((m) => m.say),
    change.allowed.length > 0
      ? `${capitalise(listOf(change.allowed.map((p) => p.name)))} can come back.`
      : '',
    change.usuallyFrom.length > 0 ? usuallyFromSentence(change.usuallyFrom) : '',
  ].filter(Boolean);
  return { speech: `${when}: ${parts.join(' ')}` };
}

/** "Vitamin A and peptides usually come back between day 3 and day 7." */
function usuallyFromSentence(products: readonly Product[]): string {
  const ranges = new Map<string, Product[]>();
  for (const p of products) {
    if (p.allowance.kind !== 'from-day' || p.allowance.usualBy === undefined) continue;
    const { day, usualBy } = p.allowance;
    const when =
      usualBy === day + 1 ? `on day ${day} or ${usualBy}` : `between day ${day} and day ${usualBy}`;
    ranges.set(when, [...(ranges.get(when) ?? []), p]);
  }
  return [...ranges]
    .map(([when, group]) => {
      const verb = group.length > 1 || group[0]?.plural ? 'come' : 'comes';
      return `${capitalise(listOf(group.map((p) => p.name)))} usually ${verb} back ${when}.`;
    })
    .join(' ');
}

/** "Can I use X?": yes or not yet, and from which day. */
export function productAnswerSpeech(answer: ProductAnswer, timeline: Timeline): Spoken {
  const { product } = answer;
  const rule = product.rule ?? '';
  const tip = product.tip;
  const withTip = (speech: string): Spoken => (tip ? { speech, more: tip } : { speech });
  if (answer.beforeNeedling && answer.verdict !== 'not-covered') {
    return withTip(`Your needling is still ahead. After it: ${rule}`);
  }
  switch (answer.verdict) {
    case 'yes': {
      const from = answer.from;
      if (!from) return withTip(`Yes. ${rule}`);
      const verb = product.plural ? 'are' : 'is';
      return withTip(
        `Yes. ${capitalise(product.name)} ${verb} fine from day ${from.day}, and today is day ${timeline.day}.`,
      );
    }
    case 'not-yet': {
      const from = answer.from;
      if (!from) return withTip(`Not yet. ${rule}`);
      return withTip(
        `Not yet. ${rule} Day ${from.day} is ${dayAndDate(from.date, timeline.today).replace(/^on /, '')}.`,
      );
    }
    case 'usually-soon':
      return withTip(`${rule} Today is day ${timeline.day}, so you’re in that window.`);
    case 'never':
      return { speech: `No. ${rule}` };
    case 'not-today':
      return { speech: `Not today. ${rule}` };
    case 'lesson-silent':
      return {
        speech: `The lesson only says this: ${rule} It says nothing about later days, so follow your tool’s instructions, or ask a professional.`,
      };
    case 'caution':
      return { speech: rule };
    case 'not-covered':
      return { speech: notCovered(product.name) };
  }
}

/** "When can I use X?": the day and its date. */
export function whenAnswerSpeech(answer: ProductAnswer, timeline: Timeline): Spoken {
  const from = answer.from;
  if (!from || answer.verdict !== 'not-yet' || answer.beforeNeedling) {
    return productAnswerSpeech(answer, timeline);
  }
  const tip = answer.product.tip;
  return {
    speech: `${answer.product.rule ?? ''} For you, day ${from.day} is ${dayAndDate(from.date, timeline.today).replace(/^on /, '')}.`,
    ...(tip && { more: tip }),
  };
}

/** "tomorrow, Thursday, November 26" or "on Thursday, November 26". */
function dayAndDate(iso: string, today: string): string {
  const relative = relativeDate(iso, today);
  const date = calendarDate(iso, today);
  return ['today', 'tomorrow', 'yesterday'].includes(relative) ? `${relative}, ${date}` : `on ${date}`;
}

/** A product's rule for someone who has not said when they needled. */
export function productWithoutDateSpeech(product: Product): Spoken {
  if (!product.rule) return { speech: notCovered(product.name) };
  return { speech: `${product.rule} Tell me when you needled, and I’ll fit it to your day.` };
}

function notCovered(name: string): string {
  return `The lesson I follow doesn’t cover ${name}. Follow your tool’s instructions, and if you’re unsure, ask a professional.`;
}

/** "Is this swelling normal?" */
export function symptomAnswerSpeech(answer: SymptomAnswer, timeline: Timeline): Spoken {
  const { symptom } = answer;
  const advice = symptom.advice?.say;
  if (answer.verdict === 'not-described') return notDescribed(symptom);
  if (answer.beforeNeedling) {
    return {
      speech: `Your needling is still ahead. ${symptom.timeline?.say ?? symptom.stages[0]?.say ?? ''}`,
    };
  }
  const stage = answer.stage;
  switch (answer.verdict) {
    case 'expected':
    case 'easing':
    case 'common':
      return {
        speech: `${stage?.say ?? ''} ${advice ?? ''}`.trim(),
        more: `On day ${timeline.day}, that fits the lesson. ${DISCLAIMER}`,
      };
    case 'watch':
      return {
        speech: [stage?.say, advice, 'If it worries you, check with a professional.']
          .filter(Boolean)
          .join(' '),
      };
    case 'outside':
      return {
        speech: [
          symptom.timeline?.say,
          answer.denseNote?.say,
          `Day ${timeline.day} is past that timeline, so please check with a professional.`,
        ]
          .filter(Boolean)
          .join(' '),
      };
  }
}

/** A symptom's timeline for someone who has not said when they needled. */
export function symptomWithoutDateSpeech(symptom: Symptom): Spoken {
  const overview = symptom.timeline?.say ?? symptom.stages[0]?.say;
  if (overview === undefined) return notDescribed(symptom);
  return { speech: `${overview} Tell me when you needled, and I’ll tell you what fits your day.` };
}

function notDescribed(symptom: Symptom): Spoken {
  return {
    speech: `The lesson I follow doesn’t describe ${symptom.name} after needling. If it worries you, please check with a professional.`,
  };
}

/** Answers for "how do I needle?" and "how do I numb my skin?". */
export function guideAnswer(guide: Guide): Spoken {
  return { speech: guide.brief, more: guide.steps.map((s) => s.say).join(' ') };
}

export const needlingGuideAnswer = (): Spoken => guideAnswer(NEEDLING_GUIDE);
export const numbingGuideAnswer = (): Spoken => guideAnswer(NUMBING_GUIDE);

function upcomingAnswer(timeline: Timeline): Spoken {
  const until = -timeline.day;
  const when = dayAndDate(timeline.procedureDate, timeline.today);
  const lead = until === 1 ? `Your needling is ${when}.` : `Your needling is in ${days(until)}, ${when}.`;
  return { speech: `${lead} To prepare: ${PREPARATION_GUIDE.brief}`, more: onNeedlingDay() };
}

/** The care of day 0, for someone whose needling is ahead. */
function onNeedlingDay(): string {
  const dayZero = CARE.filter((c) => c.days.from === 0 && c.days.to === 0).map((c) => c.brief);
  return `On the day: ${dayZero.join(' ')}`;
}

function completeAnswer(timeline: Timeline): Spoken {
  return {
    speech: `You needled on ${calendarDate(timeline.procedureDate, timeline.today)}. ${phaseById('complete').summary} If you needle again, tell me the new date.`,
  };
}

/** Said after a date is stored. */
export function dateSavedAnswer(care: TodaysCare): Spoken {
  const { timeline } = care;
  if (timeline.day < 0) {
    const upcoming = upcomingAnswer(timeline);
    return { speech: `Got it. ${upcoming.speech}`, ...(upcoming.more && { more: upcoming.more }) };
  }
  if (isComplete(timeline)) return { speech: `Got it. ${completeAnswer(timeline).speech}` };
  const date = calendarDate(timeline.procedureDate, timeline.today);
  const lead =
    timeline.day === 0
      ? 'Got it: you needled today, so today is day 0.'
      : `Got it: you needled on ${date}, so today is day ${timeline.day}.`;
  return { speech: lead, more: todaysCareAnswer(care), offer: 'Would you like today’s care?' };
}

/** "Did you mean last Monday, November 23?" */
export function lastWeekQuestion(
  reading: Extract<DateReading, { kind: 'confirm-weekday' }>,
  today: string,
): string {
  const last = calendarDate(reading.lastWeek, today);
  return reading.lastWeek === today ? `Did you mean today, ${last}?` : `Did you mean last ${last}?`;
}

/** Why a date slot gave no day to store; the caller asks for the date again. */
export function dateProblem(
  reading: Extract<DateReading, { kind: 'vague' | 'out-of-range' | 'unreadable' }>,
  today: string,
): string {
  switch (reading.kind) {
    case 'vague':
      return `I need the exact day, not just the ${reading.unit}.`;
    case 'out-of-range':
      return `I heard ${calendarDate(reading.date, today)}, which seems too far from today.`;
    case 'unreadable':
      return 'I didn’t catch a date there.';
  }
}

export function needlingSavedAnswer(needling: NeedlingType): string {
  return needling === 'dense'
    ? `Got it: dense needling. ${DENSE_NOTE.say}`
    : 'Got it: standard needling. I’ll follow the usual timeline.';
}

export function helpAnswer(): string {
  return `Tell me when you needled, then ask things like: what should I do today, can I wear make-up yet, or is this swelling normal. I can walk you through your rinse, remind you to put on ointment, and explain how to needle. ${DISCLAIMER} What would you like?`;
}

/** Escapes a heard value for "I don't know about X" style answers. */
export function unknownThing(kind: 'product' | 'symptom', heard: string | undefined): string {
  if (heard === undefined || heard.trim() === '') {
    return kind === 'product'
      ? 'Which product? For example, make-up, sunscreen or vitamin C.'
      : 'Which symptom? For example, swelling, redness or peeling.';
  }
  return `I don’t know that ${kind}, ${echo(heard)}. Follow your tool’s instructions, and if you’re unsure, ask a professional.`;
}
