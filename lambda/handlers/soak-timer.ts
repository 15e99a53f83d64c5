/**
 * The timer offered at a routine's wait: set it when timers are allowed, ask Alexa for the
 * permission when they are not, and say how long to wait whenever no timer can be set.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { AlertsError, askForPermission, createTimer, hasPermission, TIMERS_SCOPE } from '../alexa/alerts';
import { SOAK_WAIT } from '../care/routines';
import { reply } from '../skill/reply';
import type { Turn } from '../skill/turn';
import {
  NO_ROUTINE_RUNNING,
  TIMER_LABEL,
  timerAnnouncement,
  timerProblem,
  timerSet,
  waitWithoutTimer,
} from '../speech/routine';
import { activeRoutine, leaveRoutine } from './routine';

/** The token a timer permission request carries, and reads back. */
export const TIMER_TOKEN_PREFIX = 'soak-timer:';

export async function setSoakTimer(input: HandlerInput, turn: Turn, minutes: number): Promise<Response> {
  const active = await activeRoutine(turn);
  if (!active) return reply(input, { speech: NO_ROUTINE_RUNNING });
  await leaveRoutine(turn, active, true);
  if (!hasPermission(input, TIMERS_SCOPE)) {
    return askForPermission(input, TIMERS_SCOPE, `${TIMER_TOKEN_PREFIX}${String(minutes)}`);
  }
  return tryTimer(input, turn, minutes);
}

/** Alexa's answer to the timer permission request. */
export async function timerPermissionAnswered(
  input: HandlerInput,
  turn: Turn,
  accepted: boolean,
  minutes: number,
): Promise<Response> {
  if (!accepted) {
    return reply(input, { speech: timerProblem('denied', SOAK_WAIT.minMinutes, SOAK_WAIT.maxMinutes) });
  }
  return tryTimer(input, turn, minutes);
}

/** No timer, thanks: the place is kept, and the wait is said. */
export async function declineSoakTimer(input: HandlerInput, turn: Turn): Promise<Response> {
  const active = await activeRoutine(turn);
  if (active) await leaveRoutine(turn, active, true);
  return reply(input, { speech: waitWithoutTimer(SOAK_WAIT.minMinutes, SOAK_WAIT.maxMinutes) });
}

async function tryTimer(input: HandlerInput, turn: Turn, minutes: number): Promise<Response> {
  try {
    await createTimer(input, minutes, TIMER_LABEL, timerAnnouncement(minutes));
    return reply(input, { speech: timerSet(minutes) });
  } catch (error) {
    if (!(error instanceof AlertsError)) throw error;
    turn.log.warn('timer not set', { failure: error.failure });
    return reply(input, { speech: timerProblem(error.failure, SOAK_WAIT.minMinutes, SOAK_WAIT.maxMinutes) });
  }
}
