/**
 * The account repository: one DynamoDB item per Alexa account, keyed `pk`, holding a map of
 * voice profiles (one per recognised person, plus the account's own) and the cached time zone.
 * One item per account means one read per turn and one delete removes every person's data.
 */
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { NeedlingDayStage } from '../care/routines';
import type { NeedlingType, RoutineId } from '../care/types';
import { StoreUnavailableError } from '../errors';
import { parseProfile } from './profile-record';

/** Where a guided routine is, so a later session can pick it up. */
export interface RoutineProgress {
  readonly id: RoutineId;
  /** Index of the current step; the step count once finished. */
  readonly step: number;
  /** The user left to wait (a soak), so resuming goes on to the next step. */
  readonly waiting: boolean;
  readonly stage?: NeedlingDayStage;
  /** ISO timestamp of the last move. */
  readonly at: string;
}

/** Ointment reminders created in the Alexa app for this profile. */
export interface ReminderSet {
  /** The Reminders API's alert tokens, one per daily time. */
  readonly tokens: readonly string[];
  /** Local times of day, `HH:mm`. */
  readonly times: readonly string[];
  /** Last day reminders fire, an ISO calendar date in the user's zone. */
  readonly until: string;
  /** The same day as a day of the recovery, kept when the procedure date moves. */
  readonly untilDay: number;
}

export interface ProfileRecord {
  /** Day 0 as an ISO calendar date; absent until the user says it. */
  readonly procedureDate?: string;
  readonly needling: NeedlingType;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
  readonly routine?: RoutineProgress;
  /** ISO timestamps of recent ointment applications, oldest first. */
  readonly ointmentLog?: readonly string[];
  readonly reminders?: ReminderSet;
}

export interface CachedZone {
  /** IANA zone name. */
  readonly name: string;
  /** Hash of the device the zone was read from. */
  readonly device: string;
  /** ISO timestamp of the read. */
  readonly checkedAt: string;
}

export interface AccountRecord {
  readonly profiles: Readonly<Record<string, ProfileRecord>>;
  readonly zone?: CachedZone;
  /** Incremented on every write. */
  readonly version: number;
}

/** The fields of a profile a turn can change; `null` removes a field. */
export type ProfileChanges = {
  readonly [K in Exclude<keyof ProfileRecord, 'updatedAt'>]?: ProfileRecord[K] | null;
};

export interface ProfileWrite {
  readonly changes: ProfileChanges;
  /** ISO timestamp of this change. */
  readonly updatedAt: string;
  /** Epoch seconds at which DynamoDB's TTL removes the item. */
  readonly expiresAt: number;
  /** Written alongside, when the turn read it from the Alexa API. */
  readonly zone?: CachedZone;
}

/** What the turn's read found: no item, an item without this profile, or the profile. */
export type StoredShape = 'none' | 'account' | 'profile';

/** Reads and writes account records. Every failure surfaces as `StoreUnavailableError`. */
export class AccountStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly timeoutMs: number,
  ) {}

  async load(pk: string, deadline?: AbortSignal): Promise<AccountRecord | undefined> {
    const output = await this.send('read', deadline, (abortSignal) =>
      this.client.send(
        new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true }),
        { abortSignal },
      ),
    );
    return output.Item ? fromItem(output.Item) : undefined;
  }

  /**
   * Changes only the given fields of one profile, so turns that write the same item at the
   * same time (two devices, two people, a date change and a needling change) never undo
   * each other. Each write is conditional on the shape the turn read; when another turn has
   * changed that shape in between, the write that fits the new shape follows.
   */
  async saveProfile(
    pk: string,
    profileKey: string,
    write: ProfileWrite,
    read: StoredShape,
    deadline?: AbortSignal,
  ): Promise<void> {
    const common = {
      names: { '#profile': profileKey, ...(write.zone && { '#zone': 'zone' }) },
      values: {
        ':expiresAt': { N: String(write.expiresAt) },
        ':one': { N: '1' },
        ...(write.zone && { ':zone': { M: zoneToMap(write.zone) } }),
      },
      set: ['expiresAt = :expiresAt', ...(write.zone ? ['#zone = :zone'] : [])],
    };
    const update = (
      set: readonly string[],
      condition: string,
      names: Record<string, string>,
      values: Record<string, AttributeValue>,
      remove: readonly string[] = [],
    ) =>
      new UpdateItemCommand({
        TableName: this.tableName,
        Key: { pk: { S: pk } },
        UpdateExpression: `SET ${[...set, ...common.set].join(', ')}${remove.length ? ` REMOVE ${remove.join(', ')}` : ''} ADD version :one`,
        ConditionExpression: condition,
        ExpressionAttributeNames: { ...common.names, ...names },
        ExpressionAttributeValues: { ...common.values, ...values },
      });
    const entries: [string, unknown][] = Object.entries({ ...write.changes, updatedAt: write.updatedAt });
    const fields = entries.filter(([, value]) => value !== undefined && value !== null);
    const removed = entries.filter(([, value]) => value === null).map(([name]) => name);
    const newProfile = toAttribute({ needling: 'standard', ...Object.fromEntries(fields) });
    const writes: Record<StoredShape, () => UpdateItemCommand | PutItemCommand> = {
      profile: () =>
        update(
          fields.map((_, i) => `profiles.#profile.#f${String(i)} = :f${String(i)}`),
          'attribute_exists(profiles.#profile)',
          {
            ...Object.fromEntries(fields.map(([name], i) => [`#f${String(i)}`, name])),
            ...Object.fromEntries(removed.map((name, i) => [`#r${String(i)}`, name])),
          },
          Object.fromEntries(fields.map(([, value], i) => [`:f${String(i)}`, toAttribute(value)])),
          removed.map((_, i) => `profiles.#profile.#r${String(i)}`),
        ),
      account: () =>
        update(
          ['profiles.#profile = :profile'],
          'attribute_exists(profiles) AND attribute_not_exists(profiles.#profile)',
          {},
          { ':profile': newProfile },
        ),
      none: () =>
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            pk: { S: pk },
            profiles: { M: { [profileKey]: newProfile } },
            expiresAt: { N: String(write.expiresAt) },
            version: { N: '1' },
            ...(write.zone && { zone: { M: zoneToMap(write.zone) } }),
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
    };
    const order: Record<StoredShape, readonly StoredShape[]> = {
      profile: ['profile', 'account', 'none'],
      account: ['account', 'profile', 'none'],
      none: ['none', 'account', 'profile'],
    };
    await this.send('write', deadline, async (abortSignal) => {
      for (const shape of order[read]) {
        try {
          const command = writes[shape]();
          await (command instanceof PutItemCommand
            ? this.client.send(command, { abortSignal })
            : this.client.send(command, { abortSignal }));
          return;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      throw new Error('The record kept changing under the write');
    });
  }

  /** Removes the account's record, every profile in it included. */
  async deleteAccount(pk: string, deadline?: AbortSignal): Promise<void> {
    await this.send('delete', deadline, (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } } }), {
        abortSignal,
      }),
    );
  }

  /**
   * Runs one store operation within its own timeout and, when given, the turn's deadline,
   * whichever comes first.
   */
  private async send<T>(
    operation: StoreUnavailableError['operation'],
    deadline: AbortSignal | undefined,
    call: (signal: AbortSignal) => Promise<T>,
  ) {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    try {
      return await call(deadline ? AbortSignal.any([timeout, deadline]) : timeout);
    } catch (error) {
      throw new StoreUnavailableError(operation, { cause: error });
    }
  }
}

/**
 * A record value as DynamoDB stores it: strings, numbers, booleans, lists and maps of them.
 * Fields left undefined are left out.
 */
function toAttribute(value: unknown): AttributeValue {
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(toAttribute) };
  if (typeof value === 'object' && value !== null) {
    const map: Record<string, AttributeValue> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) map[key] = toAttribute(item);
    return { M: map };
  }
  throw new TypeError(`A record cannot hold ${typeof value}`);
}

function fromAttribute(value: AttributeValue | undefined): unknown {
  if (value === undefined) return undefined;
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return Number(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.L !== undefined) return value.L.map(fromAttribute);
  if (value.M !== undefined)
    return Object.fromEntries(Object.entries(value.M).map(([k, v]) => [k, fromAttribute(v)]));
  return undefined;
}

function zoneToMap(zone: CachedZone): Record<string, AttributeValue> {
  return { name: { S: zone.name }, device: { S: zone.device }, checkedAt: { S: zone.checkedAt } };
}

/** Reads an item defensively: fields of the wrong shape are dropped, not trusted. */
function fromItem(item: Record<string, AttributeValue>): AccountRecord {
  const profiles: Record<string, ProfileRecord> = {};
  for (const [key, value] of Object.entries(item.profiles?.M ?? {})) {
    const profile = parseProfile(fromAttribute(value));
    if (profile) profiles[key] = profile;
  }
  const zone = item.zone?.M;
  const name = zone?.name?.S;
  return {
    profiles,
    version: Number(item.version?.N ?? 0),
    ...(name !== undefined && {
      zone: { name, device: zone?.device?.S ?? '', checkedAt: zone?.checkedAt?.S ?? '' },
    }),
  };
}
