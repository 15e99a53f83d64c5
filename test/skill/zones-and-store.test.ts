import { GetItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { LOCAL_AWS_ENV } from '../../dev/local-dynamo';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ DEFAULT_TIME_ZONE: 'Pacific/Auckland' });
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.api.zones.clear();
  h.api.zones.set('*', 'America/New_York');
  h.api.timeZoneFailure = undefined;
});

function localClient(): DynamoDBClient {
  return new DynamoDBClient({
    endpoint: h.dynamo.endpoint,
    region: LOCAL_AWS_ENV.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

describe('time zones', () => {
  it('counts the day in the device’s zone from the settings API', async () => {
    // Prepare: 06:30 UTC on the 21st is the 20th in Los Angeles and the 21st in Berlin.
    h.now = new Date('2026-11-21T06:30:00Z');
    h.api.zones.set('device-la', 'America/Los_Angeles');
    h.api.zones.set('device-berlin', 'Europe/Berlin');

    // Act
    const la = await h
      .conversation({ deviceId: 'device-la' })
      .intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    const berlin = await h
      .conversation({ deviceId: 'device-berlin' })
      .intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Assess
    expect(la).toSpeak('today is day 0');
    expect(berlin).toSpeak('today is day 1');
  });

  it('asks the settings API once, then uses the zone cached on the record', async () => {
    // Prepare
    h.now = new Date('2026-11-24T15:00:00Z');
    const deviceId = 'device-cache';
    const user = h.conversation({ deviceId });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    const callsAfterSave = h.api.callsTo(deviceId).length;

    // Act
    await user.intent('WhatToDoTodayIntent');
    await user.intent('RecoveryStatusIntent');

    // Assess
    expect(callsAfterSave).toBe(1);
    expect(h.api.callsTo(deviceId)).toHaveLength(1);
    expect(h.api.callsTo(deviceId)[0]?.authorization).toBe('Bearer test-api-access-token');
  });

  it('asks again a day later without writing on a read-only turn, once per container', async () => {
    // Prepare: the zone went onto the record with the date, a day and a minute ago.
    h.now = new Date('2026-11-23T14:59:00Z');
    const deviceId = 'device-next-day';
    const user = h.conversation({ deviceId });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    h.now = new Date('2026-11-24T15:00:00Z');
    h.takeOperations();

    // Act
    const first = await user.intent('WhatToDoTodayIntent');
    const afterFirst = { ops: h.takeOperations(), calls: h.api.callsTo(deviceId).length };
    const second = await user.intent('RecoveryStatusIntent');
    const afterSecond = { ops: h.takeOperations(), calls: h.api.callsTo(deviceId).length };

    // Assess
    expect(first).toSpeak('day 4');
    expect(second).toSpeak('day 4');
    expect(afterFirst).toEqual({ ops: ['GetItem'], calls: 2 });
    expect(afterSecond).toEqual({ ops: ['GetItem'], calls: 2 });
  });

  it('stores a re-read zone with the next change to the record', async () => {
    // Prepare: a stale zone on the record, and the device has moved to Los Angeles.
    h.now = new Date('2026-11-20T15:00:00Z');
    const deviceId = 'device-moved';
    const user = h.conversation({ deviceId });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    h.api.zones.set(deviceId, 'America/Los_Angeles');
    h.now = new Date('2026-11-24T06:00:00Z');
    await user.intent('WhatToDoTodayIntent');
    const callsBeforeChange = h.api.callsTo(deviceId).length;

    // Act: the change writes the zone; a turn a day later in a new container reads it.
    await user.intent('SetNeedlingTypeIntent', { needlingType: { value: 'deep', id: 'dense' } });
    const client = localClient();
    const pk = `account#${createHash('sha256')
      .update(user.device.userId ?? '')
      .digest('base64url')}`;
    const { Item } = await client.send(
      new GetItemCommand({ TableName: h.tableName, Key: { pk: { S: pk } } }),
    );
    client.destroy();

    // Assess: 06:00 UTC on the 24th is the 23rd in Los Angeles, day 3.
    expect(callsBeforeChange).toBe(2);
    expect(Item?.zone?.M?.name?.S).toBe('America/Los_Angeles');
    expect(await user.intent('RecoveryStatusIntent')).toSpeak('day 3');
    expect(h.api.callsTo(deviceId)).toHaveLength(2);
  });

  it('falls back to DEFAULT_TIME_ZONE when the settings API fails, and still answers', async () => {
    // Prepare: 11:30 UTC on the 24th is already the 25th in Auckland.
    h.now = new Date('2026-11-24T11:30:00Z');
    h.api.timeZoneFailure = 'error';

    // Act
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Assess
    expect(heard).toSpeak('today is day 5');
  });

  it('does not wait on a settings API that never answers', async () => {
    h.now = new Date('2026-11-24T11:30:00Z');
    h.api.timeZoneFailure = 'hang';

    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    expect(heard).toSpeak('today is day 5');
  });
});

describe('store use per turn', () => {
  it('reads at most once a turn and writes only when something changes', async () => {
    // Prepare
    h.now = new Date('2026-11-24T15:00:00Z');
    const user = h.conversation();
    h.takeOperations();

    // Act & Assess
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    expect(h.takeOperations()).toEqual(['GetItem', 'PutItem']);
    for (const intent of ['WhatToDoTodayIntent', 'RecoveryStatusIntent', 'WhatsNextIntent']) {
      await user.intent(intent);
      expect(h.takeOperations()).toEqual(['GetItem']);
    }
    await user.intent('CanIUseIntent', { product: { value: 'spf', id: 'sunscreen' } });
    expect(h.takeOperations()).toEqual(['GetItem']);
    await user.intent('AMAZON.HelpIntent');
    expect(h.takeOperations()).toEqual([]);
    await user.intent('SetNeedlingTypeIntent', { needlingType: { value: 'deep', id: 'dense' } });
    expect(h.takeOperations()).toEqual(['GetItem', 'UpdateItem']);
  });

  it('stores one item per account with a pk, a TTL months after the procedure, and no raw IDs', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.RAW-ID-MUST-NOT-BE-STORED';
    h.now = new Date('2026-11-24T15:00:00Z');
    await h.conversation({ userId }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    const pk = `account#${createHash('sha256').update(userId).digest('base64url')}`;
    const client = localClient();

    // Act
    const { Item } = await client.send(
      new GetItemCommand({ TableName: h.tableName, Key: { pk: { S: pk } } }),
    );

    // Assess
    expect(JSON.stringify(Item)).not.toContain('RAW-ID');
    expect(Item?.profiles?.M?.account?.M?.procedureDate?.S).toBe('2026-11-20');
    const expiresAt = Number(Item?.expiresAt?.N);
    const days = (expiresAt * 1000 - Date.parse('2026-11-20T00:00:00Z')) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(90);
    expect(days).toBeLessThanOrEqual(366);
    client.destroy();
  });
});

describe('voice profiles', () => {
  it('keeps a date per recognised person, apart from the account’s', async () => {
    // Prepare
    h.now = new Date('2026-11-24T15:00:00Z');
    const userId = 'amzn1.ask.account.FAMILY';
    const alex = h.conversation({ userId, personId: 'amzn1.ask.person.ALEX' });
    const sam = h.conversation({ userId, personId: 'amzn1.ask.person.SAM' });
    const shared = h.conversation({ userId });

    // Act
    await alex.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await sam.intent('SetProcedureDateIntent', { procedureDate: '2026-11-23' });

    // Assess
    expect(await alex.intent('RecoveryStatusIntent')).toSpeak('day 4');
    expect(await sam.intent('RecoveryStatusIntent')).toSpeak('day 1');
    expect(await shared.intent('RecoveryStatusIntent')).toSpeak('I don’t know when you needled yet.');
  });
});
