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
import type { NeedlingType } from '../care/types';
import { StoreUnavailableError } from '../errors';

export interface ProfileRecord {
  /** Day 0 as an ISO calendar date; absent until the user says it. */
  readonly procedureDate?: string;
  readonly needling: NeedlingType;
  /** ISO timestamp of the last change. */
  readonly updatedAt: string;
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

export interface ProfileWrite {
  readonly profile: ProfileRecord;
  /** Epoch seconds at which DynamoDB's TTL removes the item. */
  readonly expiresAt: number;
  /** Written alongside, when the turn refreshed it. */
  readonly zone?: CachedZone;
}

/** Reads and writes account records. Every failure surfaces as `StoreUnavailableError`. */
export class AccountStore {
  constructor(
    private readonly client: DynamoDBClient,
    private readonly tableName: string,
    private readonly timeoutMs: number,
  ) {}

  async load(pk: string): Promise<AccountRecord | undefined> {
    const output = await this.send('read', (abortSignal) =>
      this.client.send(
        new GetItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } }, ConsistentRead: true }),
        { abortSignal },
      ),
    );
    return output.Item ? fromItem(output.Item) : undefined;
  }

  /**
   * Sets one profile, leaving the other profiles and fields as they are, even when another
   * turn writes the same item at the same time. `exists` says whether the turn read a record,
   * so the first attempt is usually the one that succeeds.
   */
  async saveProfile(pk: string, profileKey: string, write: ProfileWrite, exists: boolean): Promise<void> {
    const zone: Record<string, AttributeValue> = write.zone ? { zone: { M: zoneToMap(write.zone) } } : {};
    const update = (abortSignal: AbortSignal): Promise<unknown> =>
      this.client.send(
        new UpdateItemCommand({
          TableName: this.tableName,
          Key: { pk: { S: pk } },
          UpdateExpression: `SET profiles.#profile = :profile, expiresAt = :expiresAt${write.zone ? ', #zone = :zone' : ''} ADD version :one`,
          ConditionExpression: 'attribute_exists(profiles)',
          ExpressionAttributeNames: { '#profile': profileKey, ...(write.zone && { '#zone': 'zone' }) },
          ExpressionAttributeValues: {
            ':profile': { M: profileToMap(write.profile) },
            ':expiresAt': { N: String(write.expiresAt) },
            ':one': { N: '1' },
            ...(write.zone && { ':zone': { M: zoneToMap(write.zone) } }),
          },
        }),
        { abortSignal },
      );
    const create = (abortSignal: AbortSignal): Promise<unknown> =>
      this.client.send(
        new PutItemCommand({
          TableName: this.tableName,
          Item: {
            pk: { S: pk },
            profiles: { M: { [profileKey]: { M: profileToMap(write.profile) } } },
            expiresAt: { N: String(write.expiresAt) },
            version: { N: '1' },
            ...zone,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
        { abortSignal },
      );
    await this.send('write', async (abortSignal) => {
      // Update in place when the item exists; create it otherwise. A lost race either way
      // means the other kind of write now succeeds.
      for (const attempt of exists ? [update, create, update] : [create, update]) {
        try {
          await attempt(abortSignal);
          return;
        } catch (error) {
          if (!(error instanceof ConditionalCheckFailedException)) throw error;
        }
      }
      throw new Error('The record kept changing under the write');
    });
  }

  /** Removes the account's record, every profile in it included. */
  async deleteAccount(pk: string): Promise<void> {
    await this.send('delete', (abortSignal) =>
      this.client.send(new DeleteItemCommand({ TableName: this.tableName, Key: { pk: { S: pk } } }), {
        abortSignal,
      }),
    );
  }

  private async send<T>(
    operation: StoreUnavailableError['operation'],
    call: (signal: AbortSignal) => Promise<T>,
  ) {
    try {
      return await call(AbortSignal.timeout(this.timeoutMs));
    } catch (error) {
      throw new StoreUnavailableError(operation, { cause: error });
    }
  }
}

function profileToMap(profile: ProfileRecord): Record<string, AttributeValue> {
  return {
    needling: { S: profile.needling },
    updatedAt: { S: profile.updatedAt },
    ...(profile.procedureDate !== undefined && { procedureDate: { S: profile.procedureDate } }),
  };
}

function zoneToMap(zone: CachedZone): Record<string, AttributeValue> {
  return { name: { S: zone.name }, device: { S: zone.device }, checkedAt: { S: zone.checkedAt } };
}

/** Reads an item defensively: fields of the wrong shape are dropped, not trusted. */
function fromItem(item: Record<string, AttributeValue>): AccountRecord {
  const profiles: Record<string, ProfileRecord> = {};
  for (const [key, value] of Object.entries(item.profiles?.M ?? {})) {
    const map = value.M;
    if (!map) continue;
    const procedureDate = map.procedureDate?.S;
    profiles[key] = {
      needling: map.needling?.S === 'dense' ? 'dense' : 'standard',
      updatedAt: map.updatedAt?.S ?? '',
      ...(procedureDate !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(procedureDate) && { procedureDate }),
    };
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
