import { permissionRequestOf } from '../../dev/envelope';
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
  h.api.alertsMode = 'ok';
  h.api.reminders.clear();
  h.now = new Date('2026-11-24T15:00:00Z');
});

/** A user who needled on Friday, November 20 (day 4 on the 24th; day 14 is Friday, December 4). */
async function needledOn20th(permissions: string[] = []) {
  const user = h.conversation({ permissions });
  await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
  await user.end();
  return user;
}

/** The reminder the skill sends for a daily time, as the Reminders API receives it. */
function dailyReminder(hour: number, minute: number, until: string) {
  return {
    requestTime: '2026-11-24T10:00:00.000',
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: 'America/New_York',
      recurrence: {
        startDateTime: '2026-11-24T10:00:00.000',
        endDateTime: `${until}T23:59:00.000`,
        recurrenceRules: [`FREQ=DAILY;BYHOUR=${String(hour)};BYMINUTE=${String(minute)};BYSECOND=0`],
      },
    },
    alertInfo: {
      spokenInfo: { content: [{ locale: 'en-US', text: 'Time for a light coat of your ointment.' }] },
    },
    pushNotification: { status: 'ENABLED' },
  };
}

describe('ointment reminders', () => {
  it('states the plan, asks for the permission, and creates one daily reminder per time', async () => {
    // Prepare
    const user = await needledOn20th();

    // Act
    const plan = await user.intent('SetOintmentRemindersIntent');
    const asking = await user.intent('AMAZON.YesIntent');
    const beforeConsent = h.api.reminders.size;
    const created = await user.answerPermission(asking, 'ACCEPTED');

    // Assess
    expect(plan).toSpeak(
      'Three times a day, at 9 AM, 2 PM and 9 PM, until Friday, December 4, day 14. Shall I set them?',
    );
    expect(beforeConsent).toBe(0);
    expect(permissionRequestOf(asking)).toEqual({
      scope: REMINDERS_SCOPE,
      token: 'ointment-reminders:09:00,14:00,21:00@14',
    });
    expect(created).toSpeak('I’ll remind you at 9 AM, 2 PM and 9 PM each day until Friday, December 4.');
    expect([...h.api.reminders.values()]).toEqual([
      dailyReminder(9, 0, '2026-12-04'),
      dailyReminder(14, 0, '2026-12-04'),
      dailyReminder(21, 0, '2026-12-04'),
    ]);
  });

  it('takes the user’s own times, or twice a day', async () => {
    const custom = await needledOn20th([REMINDERS_SCOPE]);
    const twice = await needledOn20th([REMINDERS_SCOPE]);

    const customPlan = await custom.intent('SetOintmentRemindersIntent', {
      time: '20:00',
      secondTime: '08:30',
    });
    await custom.intent('AMAZON.YesIntent');
    const twicePlan = await twice.intent('SetOintmentRemindersIntent', {
      frequency: { value: 'twice', id: '2' },
    });

    expect(customPlan).toSpeak('Twice a day, at 8:30 AM and 8 PM');
    expect([...h.api.reminders.values()]).toEqual([
      dailyReminder(8, 30, '2026-12-04'),
      dailyReminder(20, 0, '2026-12-04'),
    ]);
    expect(twicePlan).toSpeak('Twice a day, at 9 AM and 9 PM');
  });

  it('lists them, sets none twice, and cancels them all', async () => {
    // Prepare
    const user = await needledOn20th([REMINDERS_SCOPE]);
    await user.intent('SetOintmentRemindersIntent');
    await user.intent('AMAZON.YesIntent');
    await user.end();

    // Act
    const listed = await user.intent('ListOintmentRemindersIntent');
    const again = await user.intent('SetOintmentRemindersIntent');
    const countAfterAgain = h.api.reminders.size;
    const cancelled = await user.intent('CancelOintmentRemindersIntent');
    const listedAfter = await user.intent('ListOintmentRemindersIntent');
    const cancelledAgain = await user.intent('CancelOintmentRemindersIntent');

    // Assess
    expect(listed).toSpeak(
      'Your ointment reminders are at 9 AM, 2 PM and 9 PM each day until Friday, December 4.',
    );
    expect(again).toSpeak('You already have ointment reminders');
    expect(countAfterAgain).toBe(3);
    expect(cancelled).toSpeak('Your ointment reminders are cancelled');
    expect(h.api.reminders.size).toBe(0);
    expect(h.api.callsTo('/v1/alerts/reminders/').filter((c) => c.method === 'DELETE')).toHaveLength(3);
    expect(listedAfter).toSpeak('You don’t have any ointment reminders');
    expect(cancelledAgain).toSpeak('You don’t have any ointment reminders');
  });

  it('offers to move them when the procedure date changes', async () => {
    // Prepare
    const user = await needledOn20th([REMINDERS_SCOPE]);
    await user.intent('SetOintmentRemindersIntent');
    await user.intent('AMAZON.YesIntent');
    await user.end();

    // Act
    const changed = await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-22' });
    const moved = await user.intent('AMAZON.YesIntent');

    // Assess
    expect(changed).toSpeak(
      'You have ointment reminders until Friday, December 4. Shall I move them to end on Sunday, December 6, your new day 14?',
    );
    expect(moved).toSpeak('each day until Sunday, December 6');
    expect([...h.api.reminders.values()]).toEqual([
      dailyReminder(9, 0, '2026-12-06'),
      dailyReminder(14, 0, '2026-12-06'),
      dailyReminder(21, 0, '2026-12-06'),
    ]);
  });

  it.each([
    [401 as const, 'Alexa didn’t let me set reminders', true],
    [403 as const, 'This device can’t hold reminders', false],
    [500 as const, 'I couldn’t set your reminders just now, so nothing was set', false],
  ])('says what happened when the Reminders API answers %s', async (status, says, card) => {
    const user = await needledOn20th([REMINDERS_SCOPE]);
    await user.intent('SetOintmentRemindersIntent');
    h.api.alertsMode = status;

    const heard = await user.intent('AMAZON.YesIntent');

    expect(heard).toSpeak(says);
    expect(heard.envelope.response.card?.type === 'AskForPermissionsConsent').toBe(card);
    expect(h.api.reminders.size).toBe(0);
  });

  it('says how to allow reminders later when the permission is refused, with the consent card', async () => {
    const user = await needledOn20th();
    await user.intent('SetOintmentRemindersIntent');

    const refused = await user.answerPermission(await user.intent('AMAZON.YesIntent'), 'DENIED');

    expect(refused).toSpeak('Okay, no reminders', 'Alexa app');
    expect(refused.envelope.response.card).toEqual({
      type: 'AskForPermissionsConsent',
      permissions: [REMINDERS_SCOPE],
    });
    expect(h.api.reminders.size).toBe(0);
  });

  it('runs past day 14 for dense needling when asked, and stops at day 14 otherwise', async () => {
    // Prepare
    const dense = await needledOn20th([REMINDERS_SCOPE]);
    await dense.intent('SetNeedlingTypeIntent', { needlingType: { value: 'deep', id: 'dense' } });
    const standard = await needledOn20th([REMINDERS_SCOPE]);

    // Act
    const hint = await dense.intent('SetOintmentRemindersIntent');
    await dense.intent('AMAZON.NoIntent');
    const longer = await dense.intent('SetOintmentRemindersIntent', { untilDate: '2026-12-08' });
    await dense.intent('AMAZON.YesIntent');
    const capped = await standard.intent('SetOintmentRemindersIntent', { untilDate: '2026-12-08' });

    // Assess
    expect(hint).toSpeak(
      'until Friday, December 4, day 14',
      'Dense needling takes a few days longer to heal',
    );
    expect(longer).toSpeak('until Tuesday, December 8, day 18. Shall I set them?');
    expect([...h.api.reminders.values()][0]).toEqual(dailyReminder(9, 0, '2026-12-08'));
    expect(capped).toSpeak(
      'The lesson’s ointment course runs 10 to 14 days, so reminders stop on day 14.',
      'until Friday, December 4, day 14',
    );
  });

  it('has nothing to remind of after day 14', async () => {
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-05' });

    expect(await user.intent('SetOintmentRemindersIntent')).toSpeak('You’re past day 14');
  });
});

describe('the ointment log', () => {
  it('logs applications and answers when and how many', async () => {
    // Prepare: 14:05 UTC is 9:05 AM in New York.
    const user = await needledOn20th();
    h.now = new Date('2026-11-24T14:05:00Z');

    // Act
    const first = await user.intent('LogOintmentIntent');
    h.now = new Date('2026-11-24T19:30:00Z');
    const second = await user.intent('LogOintmentIntent');
    h.now = new Date('2026-11-24T20:00:00Z');
    const asked = await user.intent('OintmentLogQueryIntent');
    h.now = new Date('2026-11-25T14:00:00Z');
    const nextDay = await user.intent('OintmentLogQueryIntent');

    // Assess
    expect(first).toSpeak('Noted: ointment at 9:05 AM. That’s once today.');
    expect(second).toSpeak('Noted: ointment at 2:30 PM. That’s twice today.');
    expect(asked).toSpeak('You last put on ointment at 2:30 PM today, and you’ve logged it twice today.');
    expect(nextDay).toSpeak(
      'You last put on ointment at 2:30 PM yesterday, and you’ve logged it no times today.',
    );
  });

  it('mentions the log in the evening when fewer than two are logged', async () => {
    // Prepare: one application in the morning.
    const user = await needledOn20th();
    h.now = new Date('2026-11-24T14:05:00Z');
    await user.intent('LogOintmentIntent');

    // Act: 5 PM and 7 PM in New York.
    h.now = new Date('2026-11-24T22:00:00Z');
    const afternoon = await user.intent('WhatToDoTodayIntent');
    h.now = new Date('2026-11-25T00:00:00Z');
    const evening = await user.intent('WhatToDoTodayIntent');

    // Assess
    expect(afternoon).not.toSpeak('logged ointment');
    expect(evening).toSpeak('You’ve logged ointment once today; the lesson says 2 or 3 times a day.');
  });

  it('keeps only the last few days', async () => {
    const user = await needledOn20th();
    for (let day = 20; day <= 24; day++) {
      h.now = new Date(`2026-11-${String(day)}T15:00:00Z`);
      await user.intent('LogOintmentIntent');
    }

    const item = await h.item(user.device.userId ?? '');

    expect(item?.profiles?.M?.account?.M?.ointmentLog?.L?.map((v) => v.S)).toEqual([
      '2026-11-21T15:00:00.000Z',
      '2026-11-22T15:00:00.000Z',
      '2026-11-23T15:00:00.000Z',
      '2026-11-24T15:00:00.000Z',
    ]);
  });
});
