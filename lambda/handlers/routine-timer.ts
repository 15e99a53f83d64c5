/**
 * Timers for a routine's waits: the soak's 20 minutes on yes, or a length the user names
 * ("set a timer for 10 minutes"). Set at once when timers are allowed; otherwise Alexa asks
 * the user by voice. Whenever no timer can be set, the user hears how long to wait.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlertsError, askForPermission, createTimer, hasPermission, TIMERS_SCOPE } from '../alexa/alerts';
import { AIR_DRY_WAIT, SOAK_WAIT } from '../care/routines';
import type { RoutineWait } from '../care/types';
import { intentHandler, slotOf } from '../skill/intent';
import { reply } from '../skill/reply';
import type { Turn } from '../skill/turn';
import {
  NO_ROUTINE_RUNNING,
  NOTHING_TO_TIME,
  timerAnnouncement,
  timerLabel,
  timerProblem,
  timerSet,
  TIMERS_ONLY_IN_ROUTINES,
  waitWithoutTimer,
} from '../speech/routine';
import { activeRoutine, leaveRoutine } from './routine';

/** A timer permission request's token: the prefix, the wait's kind, `:`, the minutes. */
export const TIMER_TOKEN_PREFIX = 'routine-timer:';

const MAX_TIMER_MINUTES = 60;

/** "Set a timer for 10 minutes" during a routine's wait. */
export const setRoutineTimerHandler = intentHandler(['SetRoutineTimerIntent'], async (input, turn) => {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: TIMERS_ONLY_IN_ROUTINES });
  const wait = active.plan.steps[active.progress.step]?.wait;
  if (!wait) return reply(input, { speech: NOTHING_TO_TIME, reprompt: NOTHING_TO_TIME, routine: true });
  const minutes = minutesOf(slotOf(input, 'duration').heard);
  if (minutes === undefined) {
    const ask = 'How many minutes should the timer run? Say, for example, “set a timer for 10 minutes”.';
    return reply(input, { speech: ask, reprompt: ask, routine: true });
  }
  return setRoutineTimer(input, turn, wait, minutes);
});

/** Sets a timer for the wait the user is leaving for, keeping their place. */
export async function setRoutineTimer(
  input: HandlerInput,
  turn: Turn,
  wait: RoutineWait,
  minutes: number,
): Promise<Response> {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  await leaveRoutine(turn, active, true);
  if (!hasPermission(input, TIMERS_SCOPE)) {
    return askForPermission(input, TIMERS_SCOPE, `${TIMER_TOKEN_PREFIX}${wait.kind}:${String(minutes)}`);
  }
  return tryTimer(input, turn, wait, minutes);
}

/** Alexa's answer to the timer permission request; the wait and minutes ride in the token. */
export function timerPermissionAnswered(
  input: HandlerInput,
  turn: Turn,
  accepted: boolean,
  token: string,
): Promise<Response> | Response | undefined {
  const [kind, minutesText = ''] = token.slice(TIMER_TOKEN_PREFIX.length).split(':');
  const wait = kind === 'soak' ? SOAK_WAIT : kind === 'air-dry' ? AIR_DRY_WAIT : undefined;
  const minutes = /^\d{1,2}$/.test(minutesText) ? Number(minutesText) : undefined;
  if (!wait || minutes === undefined || minutes < 1 || minutes > MAX_TIMER_MINUTES) return undefined;
  if (!accepted) return reply(input, { speech: timerProblem('denied', wait) });
  return tryTimer(input, turn, wait, minutes);
}

/** No timer, thanks: the place is kept, and the wait is said. */
export async function declineRoutineTimer(input: HandlerInput, turn: Turn): Promise<Response> {
  const active = await activeRoutine(turn);
  if (active) await leaveRoutine(turn, active, true);
  const wait = active?.plan.steps[active.progress.step]?.wait ?? SOAK_WAIT;
  return reply(input, { speech: waitWithoutTimer(wait) });
}

async function tryTimer(
  input: HandlerInput,
  turn: Turn,
  wait: RoutineWait,
  minutes: number,
): Promise<Response> {
  try {
    await createTimer(input, minutes, timerLabel(wait.kind), timerAnnouncement(wait.kind, minutes));
    return reply(input, { speech: timerSet(minutes) });
  } catch (error) {
    if (!(error instanceof AlertsError)) throw error;
    turn.log.warn('timer not set', { failure: error.failure });
    return reply(input, { speech: timerProblem(error.failure, wait) });
  }
}

/** Whole minutes of an AMAZON.DURATION value such as `PT10M` or `PT1H`, within an hour. */
function minutesOf(duration: string | undefined): number | undefined {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration ?? '');
  if (!match || (match[1] === undefined && match[2] === undefined && match[3] === undefined))
    return undefined;
  const minutes = Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Math.ceil(Number(match[3] ?? 0) / 60);
  return minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? minutes : undefined;
}
