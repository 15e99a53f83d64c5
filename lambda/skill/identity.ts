import { createHash } from 'node:crypto';

/** A stable, one-way stand-in for an Alexa ID, for keys and logs. */
export function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

/** The partition key of an account's record. */
export function accountKey(userId: string): string {
  return `account#${hashId(userId)}`;
}

/** The profile an answer is for: the recognised person's own, or the account's. */
export function profileKey(personId: string | undefined): string {
  return personId ? `person#${hashId(personId)}` : 'account';
}
