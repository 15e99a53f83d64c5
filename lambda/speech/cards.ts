/**
 * Cards for the Alexa app: what a person may want to re-read after the voice has gone, and
 * only that. Plain text; the app shows line breaks.
 */
import { DISCLAIMER } from '../care/content';
import type { RoutinePlan } from '../care/routines';
import type { TodaysCare } from '../care/recovery';
import { capitalise } from './format';
import { stepWords } from './routine';

/** A Standard card: a title and text. */
export interface Card {
  readonly title: string;
  readonly text: string;
}

/** Today's care as a checklist, headed by the day. */
export function todayCard(today: TodaysCare): Card {
  const { day } = today.timeline;
  const title = day < 0 ? 'Before your needling' : day === 0 ? 'Needling day' : `Day ${day} of your recovery`;
  const lines = today.care.map((c) => `• ${c.brief}`);
  const body = lines.length > 0 ? lines.join('\n') : today.phase.summary;
  const note = today.denseNote ? `\n\n${today.denseNote.say}` : '';
  return { title, text: `${body}${note}\n\n${DISCLAIMER}` };
}

/** The routine's steps, numbered, to re-read after it is done or stopped. */
export function routineCard(plan: Extract<RoutinePlan, { kind: 'routine' }>): Card {
  const steps = plan.steps.map((step, index) => `${index + 1}. ${stepWords(step)}`);
  return {
    title: `${capitalise(plan.routine.name)}: the steps`,
    text: `${steps.join('\n')}\n\n${DISCLAIMER}`,
  };
}
