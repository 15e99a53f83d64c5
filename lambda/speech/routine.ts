/** How a guided routine sounds: one step at a time, with what to say to go on. */
import type { PlannedRoutine, PlannedStep } from '../care/routines';
import type { Product, Routine, RoutineWait } from '../care/types';
import { listOf } from './format';

export const NEXT_CUE = 'Say next when you’re done.';
export const RESUME_LATER = 'say, “Alexa, ask needling aftercare to resume my routine.”';

/** The step's own words, with the day's products where the step names them. */
export function stepWords(step: PlannedStep): string {
  const products = step.products ?? [];
  const today = products.length > 0 ? ` Today that can be ${listOf(products.map((p) => p.name))}.` : '';
  return `${step.say}${today}${usualSentences(step.usualProducts ?? [])}`;
}

/** "Vitamin A and peptides too, if you're ready: they usually come back between day 3 and day 7." */
function usualSentences(usual: readonly Product[]): string {
  const groups = new Map<string, Product[]>();
  for (const product of usual) {
    if (product.allowance.kind !== 'from-day' || product.allowance.usualBy === undefined) continue;
    const { day, usualBy } = product.allowance;
    const window =
      usualBy === day + 1
        ? `on day ${String(day)} or ${String(usualBy)}`
        : `between day ${String(day)} and day ${String(usualBy)}`;
    groups.set(window, [...(groups.get(window) ?? []), product]);
  }
  return [...groups.entries()]
    .map(([window, group]) => {
      const many = group.length > 1 || group.some((p) => p.plural);
      const names = listOf(group.map((p) => p.name));
      return ` ${names.charAt(0).toUpperCase()}${names.slice(1)} too, if you’re ready: ${many ? 'they usually come' : 'it usually comes'} back ${window}.`;
    })
    .join('');
}

/** "Step 2 of 4. …", and what to say next. */
export function stepSpeech(
  plan: PlannedRoutine,
  index: number,
): { speech: string; reprompt: string; timerMinutes?: number } {
  const step = plan.steps[index];
  if (!step) throw new Error(`No step ${String(index)} in ${plan.routine.id}`);
  const total = plan.steps.length;
  const head = `Step ${String(index + 1)} of ${String(total)}. ${stepWords(step)}`;
  if (step.wait?.kind === 'air-dry') {
    const offer =
      'If you’d like a timer, say “set a timer for” and the minutes. Otherwise, say next when it’s dry.';
    return { speech: `${head} ${offer}`, reprompt: `${head} ${offer}` };
  }
  if (step.wait) {
    const offer = `Shall I set a ${String(step.wait.minMinutes)}-minute timer?`;
    return {
      speech: `${head} ${offer}`,
      reprompt: `${offer} Or say next to go on.`,
      timerMinutes: step.wait.minMinutes,
    };
  }
  const cue = index + 1 === total ? 'Say done when it’s on.' : NEXT_CUE;
  return { speech: `${head} ${cue}`, reprompt: `${head} ${cue}` };
}

export function routineIntro(routine: Routine, steps: number): string {
  return `Let’s do ${routine.name}: ${String(steps)} steps. Say next after each one, back to go back, or stop to pause.`;
}

export const ROUTINE_DONE = 'That’s it, your routine is done. Well done, and take care of your skin.';

export const ASK_NEEDLING_DAY_STAGE =
  'Today is your needling day. Is this your first rinse, right after needling?';

export const NO_ROUTINE_BEFORE = 'Your needling day hasn’t come yet, so there’s no rinse to walk through.';

export const NO_ROUTINE_AFTER =
  'The lesson’s rinse and ointment routine covers the first 14 days, and you’re past them, so there’s nothing to walk through.';

export const NO_ROUTINE_RUNNING = 'There’s no routine running. Say “start my rinse routine” to begin one.';

export function pausedSpeech(step: number, total: number): string {
  return `Paused at step ${String(step + 1)} of ${String(total)}. When you’re ready, ${RESUME_LATER}`;
}

export function stoppedSpeech(step: number, total: number): string {
  return `Okay, stopping at step ${String(step + 1)} of ${String(total)}. I’ll keep your place for two hours: ${RESUME_LATER}`;
}

const TIMERS: Record<RoutineWait['kind'], { label: string; announce: (minutes: number) => string }> = {
  soak: {
    label: 'products soaking in',
    announce: (minutes) =>
      `Your products have soaked in for ${String(minutes)} minutes. Time to put your ointment back on.`,
  },
  'air-dry': {
    label: 'skin air drying',
    announce: () =>
      'Your air drying timer is done. Once your skin is dry, put on a light coat of occlusive ointment.',
  },
};

export function timerLabel(kind: RoutineWait['kind']): string {
  return TIMERS[kind].label;
}

export function timerAnnouncement(kind: RoutineWait['kind'], minutes: number): string {
  return TIMERS[kind].announce(minutes);
}

export function timerSet(minutes: number): string {
  return `Your ${String(minutes)}-minute timer is set. When it goes off, ${RESUME_LATER}`;
}

/** What to do without a timer: the lesson's wait, or "until it's dry". */
export function waitWithoutTimer(wait: RoutineWait): string {
  return wait.kind === 'soak'
    ? `Okay. Wait ${String(wait.minMinutes)} to ${String(wait.maxMinutes)} minutes, then ${RESUME_LATER}`
    : `Okay. Let your skin air dry, then ${RESUME_LATER}`;
}

const ALERT_PROBLEMS = {
  unauthorized: 'Needling Aftercare isn’t allowed to set timers yet; you can allow it in the Alexa app.',
  forbidden: 'I can’t set a timer on this device.',
  unavailable: 'I couldn’t set a timer just now.',
  denied: 'No problem, no timer. You can allow timers for Needling Aftercare in the Alexa app later.',
} as const;

export function timerProblem(problem: keyof typeof ALERT_PROBLEMS, wait: RoutineWait): string {
  return `${ALERT_PROBLEMS[problem]} ${waitWithoutTimer(wait)}`;
}

export const NOTHING_TO_TIME = 'This step has no wait to time. Say next when you’re done.';

export const TIMERS_ONLY_IN_ROUTINES =
  'I set timers for the waits in your rinse routine. Say “start my rinse routine” to begin one.';
