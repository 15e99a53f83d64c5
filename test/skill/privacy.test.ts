import { envelope, hear, skillEvent } from '../../dev/envelope';
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

async function disable(userId: string, persistence?: string) {
  return h.invoke(
    envelope(
      { userId, apiEndpoint: h.api.endpoint },
      skillEvent(
        h.now.toISOString(),
        'AlexaSkillEvent.SkillDisabled',
        persistence === undefined ? undefined : { userInformationPersistenceStatus: persistence },
      ),
      null,
    ),
  );
}

describe('delete my data', () => {
  it('asks first, then deletes every voice profile of the account on yes', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.DELETE-YES';
    const alex = h.conversation({ userId, personId: 'amzn1.ask.person.ALEX' });
    const sam = h.conversation({ userId, personId: 'amzn1.ask.person.SAM' });
    await alex.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await sam.intent('SetProcedureDateIntent', { procedureDate: '2026-11-22' });
    h.takeOperations();

    // Act
    const asked = await alex.intent('DeleteMyDataIntent');
    const opsWhileAsking = h.takeOperations();
    const done = await alex.intent('AMAZON.YesIntent');

    // Assess
    expect(asked).toSpeak('Shall I delete it all?');
    expect(asked.sessionEnded).toBe(false);
    expect(opsWhileAsking).toEqual([]);
    expect(done).toSpeak('I’ve deleted everything');
    expect(done.sessionEnded).toBe(true);
    expect(h.takeOperations()).toEqual(['GetItem', 'DeleteItem']);
    expect(await h.item(userId)).toBeUndefined();
    expect(await sam.intent('RecoveryStatusIntent')).toSpeak('I don’t know when you needled yet.');
  });

  it('cancels the speaker’s ointment reminders before deleting', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.DELETE-REMINDERS';
    const user = h.conversation({ userId, permissions: [REMINDERS_SCOPE] });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await user.intent('SetOintmentRemindersIntent');
    await user.intent('AMAZON.YesIntent');
    const set = h.api.reminders.size;

    // Act
    await user.intent('DeleteMyDataIntent');
    const done = await user.intent('AMAZON.YesIntent');

    // Assess
    expect(set).toBe(3);
    expect(done).toSpeak('I’ve deleted everything');
    expect(h.api.reminders.size).toBe(0);
    expect(await h.item(userId)).toBeUndefined();
  });

  it('keeps everything on no', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.DELETE-NO';
    const user = h.conversation({ userId });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Act
    await user.intent('DeleteMyDataIntent');
    const kept = await user.intent('AMAZON.NoIntent');

    // Assess
    expect(kept).toSpeak('kept everything');
    expect(await h.item(userId)).toBeDefined();
    expect(await user.intent('RecoveryStatusIntent')).toSpeak('day 4');
  });

  it('deletes nothing when yes comes in a later session', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.DELETE-LATER';
    const user = h.conversation({ userId });
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await user.intent('DeleteMyDataIntent');
    await user.end();

    // Act
    await user.intent('AMAZON.YesIntent');

    // Assess
    expect(await h.item(userId)).toBeDefined();
  });
});

describe('the skill disabled', () => {
  it('deletes the record when the user chose not to keep their data', async () => {
    // Prepare
    const userId = 'amzn1.ask.account.DISABLE-NOT-PERSISTED';
    await h.conversation({ userId }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Act
    const response = await disable(userId, 'NOT_PERSISTED');

    // Assess
    expect(response.response.outputSpeech).toBeUndefined();
    expect(await h.item(userId)).toBeUndefined();
  });

  it('cancels every voice profile’s reminders before deleting', async () => {
    // Prepare: two people on one account, each with reminders.
    const userId = 'amzn1.ask.account.DISABLE-REMINDERS';
    h.api.reminders.clear();
    for (const person of ['ALEX', 'SAM']) {
      const user = h.conversation({
        userId,
        personId: `amzn1.ask.person.${person}`,
        permissions: [REMINDERS_SCOPE],
      });
      await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
      await user.intent('SetOintmentRemindersIntent', { frequency: { value: 'twice', id: '2' } });
      await user.intent('AMAZON.YesIntent');
    }
    const set = h.api.reminders.size;

    // Act
    await disable(userId, 'NOT_PERSISTED');

    // Assess
    expect(set).toBe(4);
    expect(h.api.reminders.size).toBe(0);
    expect(await h.item(userId)).toBeUndefined();
  });

  it.each([['PERSISTED'], [undefined]])('keeps the record when persistence is %s', async (persistence) => {
    // Prepare
    const userId = `amzn1.ask.account.DISABLE-${String(persistence)}`;
    await h.conversation({ userId }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Act
    const response = await disable(userId, persistence);

    // Assess
    expect(hear(response).ssml).toBe('');
    expect(await h.item(userId)).toBeDefined();
  });

  it('leaves other accounts alone', async () => {
    // Prepare
    const keep = 'amzn1.ask.account.DISABLE-NEIGHBOUR';
    await h.conversation({ userId: keep }).intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Act
    await disable('amzn1.ask.account.DISABLE-SOMEONE-ELSE', 'NOT_PERSISTED');

    // Assess
    expect(await h.item(keep)).toBeDefined();
  });

  it.each([
    'AlexaSkillEvent.SkillEnabled',
    'AlexaSkillEvent.SkillPermissionAccepted',
    'AlexaSkillEvent.SkillPermissionChanged',
    'AlexaSkillEvent.SkillAccountLinked',
  ])('answers %s with an empty response and no store use', async (type) => {
    h.takeOperations();

    const response = await h.invoke(
      envelope({ apiEndpoint: h.api.endpoint }, skillEvent(h.now.toISOString(), type, {}), null),
    );

    expect(response.response).toEqual({});
    expect(h.takeOperations()).toEqual([]);
  });
});
