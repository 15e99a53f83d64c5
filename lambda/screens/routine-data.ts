/**
 * The routine screen's data: every step of the planned routine, so that a turn which only
 * moves to another step can update the screen with one small command.
 */
import { createHash } from 'node:crypto';
import type { PlannedRoutine } from '../care/routines';
import type { RoutineWait } from '../care/types';
import { capitalise } from '../speech/format';
import { ROUTINE_DONE, stepWords } from '../speech/routine';

export interface RoutineScreenStep {
  /** "Step 2 of 4". */
  readonly heading: string;
  readonly text: string;
  /** "Soak in: 20 to 30 minutes", "Wait: until it’s dry", or empty. */
  readonly wait: string;
}

/** The data source of `routine.json`. */
export interface RoutineScreen {
  /** "Your first rinse". */
  readonly title: string;
  readonly steps: readonly RoutineScreenStep[];
  /** How many steps there are. */
  readonly total: number;
  /** The step on screen; `steps.length` shows the end of the routine. */
  readonly current: number;
  /** Shown after the last step. */
  readonly done: string;
}

/** Builds the routine screen, showing step `current` (0-based). */
export function routineScreen(plan: PlannedRoutine, current: number): RoutineScreen {
  const total = plan.steps.length;
  return {
    title: capitalise(plan.routine.name),
    steps: plan.steps.map((step, index) => ({
      heading: `Step ${index + 1} of ${total}`,
      text: stepWords(step),
      wait: step.wait ? waitLabel(step.wait) : '',
    })),
    total,
    current: Math.max(0, Math.min(current, total)),
    done: ROUTINE_DONE,
  };
}

/**
 * Identifies the routine a screen shows, so that a later turn knows whether the screen can
 * simply move to another step or needs the routine drawn afresh.
 */
export function routineToken(screen: RoutineScreen): string {
  const steps = createHash('sha256').update(JSON.stringify(screen.steps)).digest('base64url');
  return `${ROUTINE_TOKEN_PREFIX}${steps.slice(0, 16)}`;
}

export const ROUTINE_TOKEN_PREFIX = 'aftercare-routine:';

function waitLabel(wait: RoutineWait): string {
  return wait.kind === 'soak'
    ? `Soak in: ${wait.minMinutes} to ${wait.maxMinutes} minutes`
    : 'Wait: until it’s dry';
}
