import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { Conversation } from '../../dev/envelope';
import { REMINDERS_SCOPE } from '../../lambda/alexa/alerts';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.now = new Date('2026-11-24T15:00:00Z');
});

const ACCOUNTS = 8;

function profile(item: Record<string, AttributeValue> | undefined, key: string) {
  const map = item?.profiles?.M?.[key]?.M;
  return { procedureDate: map?.procedureDate?.S, needling: map?.needling?.S };
}

describe('turns for one account at the same moment', () => {
  it('keeps both people’s dates when two devices create a new account at once', async () => {
    // Prepare: several brand-new accounts, each spoken to by two people at once.
    const userIds = Array.from({ length: ACCOUNTS }, (_, i) => `amzn1.ask.account.RACE-NEW-${String(i)}`);

    // Act
    await Promise.all(
      userIds.flatMap((userId) => [
        h
          .conversation({ userId, personId: 'amzn1.ask.person.ALEX', deviceId: 'kitchen' })
          .intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
        h
          .conversation({ userId, personId: 'amzn1.ask.person.SAM', deviceId: 'bathroom' })
          .intent('SetProcedureDateIntent', { procedureDate: '2026-11-22' }),
      ]),
    );

    // Assess
    for (const userId of userIds) {
      const alex = h.conversation({ userId, personId: 'amzn1.ask.person.ALEX' });
      const sam = h.conversation({ userId, personId: 'amzn1.ask.person.SAM' });
      expect(await alex.intent('RecoveryStatusIntent')).toSpeak('day 4');
      expect(await sam.intent('RecoveryStatusIntent')).toSpeak('day 2');
    }
  });

  it('keeps a date change and a needling change made to one profile at once', async () => {
    // Prepare: existing accounts with a date, standard needling.
    const userIds = Array.from({ length: ACCOUNTS }, (_, i) => `amzn1.ask.account.RACE-FIELDS-${String(i)}`);
    for (const userId of userIds) {
      await h.conversation({ userId }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-15' });
    }

    // Act: on each account, one device changes the date while another changes the needling.
    await Promise.all(
      userIds.flatMap((userId) => [
        h
          .conversation({ userId, deviceId: 'kitchen' })
          .intent('SetProcedureDateIntent', { procedureDate: '2026-11-21' }),
        h
          .conversation({ userId, deviceId: 'bathroom' })
          .intent('SetNeedlingTypeIntent', { needlingType: { value: 'deep', id: 'dense' } }),
      ]),
    );

    // Assess
    for (const userId of userIds) {
      expect(profile(await h.item(userId), 'account')).toEqual({
        procedureDate: '2026-11-21',
        needling: 'dense',
      });
    }
  });

  it('keeps reminders created while the date changes on another device', async () => {
    // Prepare: accounts with a date, each with a reminder plan waiting on yes.
    const userIds = Array.from(
      { length: ACCOUNTS },
      (_, i) => `amzn1.ask.account.RACE-REMINDERS-${String(i)}`,
    );
    const planners: Conversation[] = [];
    for (const userId of userIds) {
      const planner = h.conversation({ userId, deviceId: 'kitchen', permissions: [REMINDERS_SCOPE] });
      await planner.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
      await planner.intent('SetOintmentRemindersIntent');
      planners.push(planner);
    }

    // Act: yes to the reminders on one device, a new date on another, at once.
    await Promise.all(
      planners.flatMap((planner) => [
        planner.intent('AMAZON.YesIntent'),
        h
          .conversation({ userId: planner.device.userId ?? '', deviceId: 'bathroom' })
          .intent('SetProcedureDateIntent', { procedureDate: '2026-11-21' }),
      ]),
    );

    // Assess
    for (const userId of userIds) {
      const account = (await h.item(userId))?.profiles?.M?.account?.M;
      expect(account?.procedureDate?.S).toBe('2026-11-21');
      expect(account?.reminders?.M?.tokens?.L).toHaveLength(3);
    }
  });

  it('counts every write in the record’s version', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.RACE-VERSION';
    await h.conversation({ userId }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-15' });

    // Act
    await Promise.all(
      ['2026-11-16', '2026-11-17', '2026-11-18'].map((procedureDate, i) =>
        h
          .conversation({ userId, personId: `amzn1.ask.person.P${String(i)}` })
          .intent('SetProcedureDateIntent', { procedureDate }),
      ),
    );

    // Assess
    const item = await h.item(userId);
    expect(item?.version?.N).toBe('4');
    expect(Object.keys(item?.profiles?.M ?? {})).toHaveLength(4);
  });
});
