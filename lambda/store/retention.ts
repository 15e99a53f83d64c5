import { DateTime } from 'luxon';

/** How long a record outlives its procedure date, or its last write if that is later. */
export const RETENTION_DAYS = 180;

/** Epoch seconds for the record's `expiresAt` TTL attribute. */
export function expiresAtFor(procedureDate: string | undefined, now: Date): number {
  const written = DateTime.fromJSDate(now, { zone: 'utc' });
  const procedure = procedureDate ? DateTime.fromISO(procedureDate, { zone: 'utc' }) : written;
  const from = procedure.isValid && procedure > written ? procedure : written;
  return Math.floor(from.plus({ days: RETENTION_DAYS }).toSeconds());
}
