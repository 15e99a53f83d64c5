/**
 * Reads a stored profile defensively: a field of the wrong shape is dropped, never trusted,
 * so an old or damaged record still gives a working profile.
 */
import { OINTMENT_LAST_DAY } from '../care/content';
import { ROUTINES } from '../care/routines';
import type { ProfileRecord, ReminderSet, RoutineProgress } from './account-store';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The log keeps what the answers need: a few days. */
export const OINTMENT_LOG_LIMIT = 20;

export function parseProfile(value: unknown): ProfileRecord | undefined {
  const map = asRecord(value);
  if (!map) return undefined;
  const procedureDate =
    typeof map.procedureDate === 'string' && ISO_DATE.test(map.procedureDate) ? map.procedureDate : undefined;
  const routine = parseRoutine(map.routine);
  const ointmentLog = Array.isArray(map.ointmentLog)
    ? map.ointmentLog
        .filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)))
        .slice(-OINTMENT_LOG_LIMIT)
    : undefined;
  const reminders = parseReminders(map.reminders);
  return {
    needling: map.needling === 'dense' ? 'dense' : 'standard',
    updatedAt: typeof map.updatedAt === 'string' ? map.updatedAt : '',
    ...(procedureDate !== undefined && { procedureDate }),
    ...(routine && { routine }),
    ...(ointmentLog && ointmentLog.length > 0 && { ointmentLog }),
    ...(reminders && { reminders }),
  };
}

function parseRoutine(value: unknown): RoutineProgress | undefined {
  const map = asRecord(value);
  const routine = ROUTINES.find((r) => r.id === map?.id);
  if (!map || !routine || typeof map.at !== 'string' || typeof map.step !== 'number') return undefined;
  if (!Number.isInteger(map.step) || map.step < 0 || map.step > routine.steps.length) return undefined;
  const stage = map.stage === 'just-after' || map.stage === 'hours-later' ? map.stage : undefined;
  return {
    id: routine.id,
    step: map.step,
    waiting: map.waiting === true,
    at: map.at,
    ...(stage && { stage }),
  };
}

function parseReminders(value: unknown): ReminderSet | undefined {
  const map = asRecord(value);
  if (!map || typeof map.until !== 'string' || !ISO_DATE.test(map.until)) return undefined;
  const tokens = Array.isArray(map.tokens)
    ? map.tokens.filter((t): t is string => typeof t === 'string')
    : [];
  const times = Array.isArray(map.times)
    ? map.times.filter((t): t is string => typeof t === 'string' && TIME_OF_DAY.test(t))
    : [];
  const untilDay =
    typeof map.untilDay === 'number' && Number.isInteger(map.untilDay) ? map.untilDay : OINTMENT_LAST_DAY;
  return tokens.length > 0 ? { tokens, times, until: map.until, untilDay } : undefined;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
