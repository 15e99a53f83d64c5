import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.now = new Date('2026-11-24T15:00:00Z'); // Tuesday in New York
});

describe('setting the procedure date', () => {
  it('asks whether a weekday Alexa moved ahead meant last week, and stores that on yes', async () => {
    // Prepare: "Monday" reaches the skill as the coming Monday.
    const user = h.conversation();

    // Act
    const question = await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-30' });
    const answer = await user.intent('AMAZON.YesIntent');

    // Assess
    expect(question).toSpeak('Did you mean last Monday, November 23?');
    expect(question.sessionEnded).toBe(false);
    expect(answer).toSpeak('Monday, November 23', 'today is day 1');
  });

  it('takes no for an upcoming procedure on that day', async () => {
    const user = h.conversation();

    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-30' });
    const answer = await user.intent('AMAZON.NoIntent');

    expect(answer).toSpeak('Your needling is in 6 days, on Monday, November 30.', 'To prepare');
  });

  it('says "today" when the week-earlier day is today', async () => {
    const question = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-12-01' });

    expect(question).toSpeak('Did you mean today, Tuesday, November 24?');
  });

  it.each([
    ['2026-W48', 'week'],
    ['2026-11', 'month'],
    ['2026', 'year'],
    ['2026-W48-WE', 'weekend'],
  ])('asks for the exact day on %s and stores nothing', async (value, unit) => {
    // Prepare
    const user = h.conversation();
    h.takeOperations();

    // Act
    const heard = await user.intent('SetProcedureDateIntent', { procedureDate: value });

    // Assess
    expect(heard).toSpeak(`not just the ${unit}`, 'When did you do your needling?');
    expect(h.takeOperations().filter((op) => op !== 'GetItem')).toEqual([]);
    expect(await user.intent('WhatToDoTodayIntent')).toSpeak('I don’t know when you needled yet.');
  });

  it('reads a year-less date as the most recent past one', async () => {
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: 'XXXX-11-20' });

    expect(heard).toSpeak('Friday, November 20', 'today is day 4');
  });

  it('reads a date Alexa moved into next year as this year’s', async () => {
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2027-11-20' });

    expect(heard).toSpeak('Friday, November 20', 'today is day 4');
  });

  it('stores a date over a year back and answers with a completed recovery', async () => {
    const user = h.conversation();

    const saved = await user.intent('SetProcedureDateIntent', { procedureDate: '2025-06-01' });
    const today = await user.intent('WhatToDoTodayIntent');

    expect(saved).toSpeak('Sunday, June 1, 2025', 'recovery is complete');
    expect(today).toSpeak('recovery is complete');
  });

  it('asks again, kindly, for a date it cannot use', async () => {
    for (const value of ['2026-13-45', '1900-01-01', 'not a date', '']) {
      const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: value });
      expect(heard).toSpeak('When did you do your needling?');
      expect(heard.sessionEnded).toBe(false);
      expect(heard).toBeValidSsml();
    }
  });

  it('asks for the date when the slot is missing', async () => {
    expect(await h.conversation().intent('SetProcedureDateIntent')).toSpeak('When did you do your needling?');
  });

  it('never reads out a raw date', async () => {
    const user = h.conversation();
    const heard = [
      await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
      await user.intent('RecoveryStatusIntent'),
      await user.intent('WhenCanIUseIntent', { product: { value: 'makeup', id: 'makeup' } }),
      await user.intent('WhatsNextIntent'),
    ];

    for (const answer of heard) expect(answer.speech).not.toMatch(/\d{4}-\d{2}|T\d{2}:/);
  });
});
