/**
 * Cards for the Alexa app: what a person may want to re-read after the voice has gone, and
 * only that. Plain text; the app shows line breaks.
 */
import { DISCLAIMER } from '../care/content';
import type { PlannedRoutine } from '../care/routines';
import type { TodaysCare } from '../care/recovery';
import { capitalise } from './format';
import { stepWords } from './routine';

/** A Standard card: a title and text. */
export interface Card {
  readonly title: string;
  readonly text: string;
}

/** Where the day falls, as a heading for a card or a screen: "Day 3 of your recovery". */
export function dayHeading(day: number): string {
  if (day < -1) return `Your needling is in ${-day} days`;
  if (day === -1) return 'Your needling is tomorrow';
  if (day === 0) return 'Needling day';
  return `Day ${day} of your recovery`;
}

/** Today's care as a checklist, headed by the day. */
export function todayCard(today: TodaysCare): Card {
  const lines = today.care.map((c) => `• ${c.brief}`);
  const body = lines.length > 0 ? lines.join('\n') : today.phase.summary;
  const note = today.denseNote ? `\n\n${today.denseNote.say}` : '';
  return { title: dayHeading(today.timeline.day), text: `${body}${note}\n\n${DISCLAIMER}` };
}

/** The routine's steps, numbered, to re-read after it is done or stopped. */
export function routineCard(plan: PlannedRoutine): Card {
  const steps = plan.steps.map((step, index) => `${index + 1}. ${stepWords(step)}`);
  return {
    title: `${capitalise(plan.routine.name)}: the steps`,
    text: `${steps.join('\n')}\n\n${DISCLAIMER}`,
  };
}
