/**
 * What the routine handlers share: finding the routine under way, and moving to a step,
 * which saves the place on the record so another session can pick it up.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { Timeline } from '../care/recovery';
import {
  planOf,
  planRoutine,
  routineById,
  type NeedlingDayStage,
  type PlannedRoutine,
} from '../care/routines';
import { routineOf } from '../screens/screens';
import { reply } from '../skill/reply';
import { routineCard } from '../speech/cards';
import type { Turn } from '../skill/turn';
import {
  ASK_NEEDLING_DAY_STAGE,
  NO_ROUTINE_AFTER,
  NO_ROUTINE_BEFORE,
  ROUTINE_DONE,
  routineIntro,
  stepSpeech,
} from '../speech/routine';
import type { RoutineProgress } from '../store/account-store';
import { askForDate } from './common';

/** A routine left alone for longer than this is not picked up again. */
export const ROUTINE_RESUME_MS = 2 * 60 * 60 * 1000;

export interface ActiveRoutine {
  readonly progress: RoutineProgress;
  readonly plan: PlannedRoutine;
  readonly timeline: Timeline;
}

/** The routine the speaker is in: unfinished, and moved within the last two hours. */
export async function activeRoutine(turn: Turn): Promise<ActiveRoutine | undefined> {
  const progress = (await turn.profile())?.routine;
  if (!progress) return undefined;
  const timeline = await turn.timeline();
  if (!timeline) return undefined;
  const age = turn.now.getTime() - Date.parse(progress.at);
  const plan = planOf(routineById(progress.id), timeline);
  if (!(age >= 0 && age <= ROUTINE_RESUME_MS) || progress.step >= plan.steps.length) return undefined;
  return { progress, plan, timeline };
}

/** Starts the routine that fits today, asking first on the needling day which one it is. */
export async function startRoutine(
  input: HandlerInput,
  turn: Turn,
  stage?: NeedlingDayStage,
): Promise<Response> {
  const timeline = await turn.timeline();
  if (!timeline) return askForDate(input, 'To walk you through your rinse, I need your needling date.');
  const plan = planRoutine(timeline, stage);
  switch (plan.kind) {
    case 'ask-stage':
      return reply(input, {
        speech: ASK_NEEDLING_DAY_STAGE,
        reprompt: `${ASK_NEEDLING_DAY_STAGE} Say yes, or no if it’s been a few hours.`,
        pending: { kind: 'routine-stage' },
      });
    case 'none':
      return reply(input, { speech: plan.reason === 'before' ? NO_ROUTINE_BEFORE : NO_ROUTINE_AFTER });
    case 'routine': {
      const progress: RoutineProgress = {
        id: plan.routine.id,
        step: 0,
        waiting: false,
        at: turn.now.toISOString(),
        ...(stage && { stage }),
      };
      return goToStep(input, turn, plan, progress, `${routineIntro(plan.routine, plan.steps.length)} `);
    }
  }
}

/**
 * Saves the place, then speaks the step (or the end, past the last one). A screen follows
 * along; at the end, the steps go to a card in the Alexa app.
 */
export async function goToStep(
  input: HandlerInput,
  turn: Turn,
  plan: PlannedRoutine,
  progress: RoutineProgress,
  lead = '',
): Promise<Response> {
  const step = Math.max(0, Math.min(progress.step, plan.steps.length));
  await turn.saveProfile({ routine: { ...progress, step, waiting: false, at: turn.now.toISOString() } });
  const screen = routineOf(plan, step);
  if (step === plan.steps.length)
    return reply(input, { speech: `${lead}${ROUTINE_DONE}`, end: true, screen, card: routineCard(plan) });
  const spoken = stepSpeech(plan, step);
  return reply(input, {
    speech: `${lead}${spoken.speech}`,
    reprompt: spoken.reprompt,
    routine: true,
    screen,
    ...(spoken.timerMinutes !== undefined && { pending: { kind: 'timer', minutes: spoken.timerMinutes } }),
  });
}

/** Saves the place with the user away (paused, stopped, or waiting out a soak). */
export async function leaveRoutine(turn: Turn, active: ActiveRoutine, waiting: boolean): Promise<void> {
  await turn.saveProfile({ routine: { ...active.progress, waiting, at: turn.now.toISOString() } });
}
