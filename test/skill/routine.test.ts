import { permissionRequestOf } from '../../dev/envelope';
import { TIMERS_SCOPE } from '../../lambda/alexa/alerts';
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
  h.api.timers.length = 0;
});

/** A timer as the Timers API receives it: visible, announcing `text` when it ends. */
function announcingTimer(duration: string, timerLabel: string, text: string) {
  return {
    duration,
    timerLabel,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: 'en-US', text }] },
      notificationConfig: { playAudible: true },
    },
  };
}

/** 15:00 UTC is 10:00 in New York, the stub's zone. */
const at = (iso: string): Date => new Date(iso);

async function userOnDay(day: number, extra: { permissions?: string[] } = {}) {
  h.now = at('2026-11-24T15:00:00Z');
  const procedureDate = new Date(Date.UTC(2026, 10, 24 - day)).toISOString().slice(0, 10);
  const user = h.conversation(extra);
  await user.intent('SetProcedureDateIntent', { procedureDate });
  await user.end();
  return user;
}

describe('the rinse routine on the needling day', () => {
  it('asks which rinse it is, then walks the first rinse one step at a time', async () => {
    // Prepare
    const user = await userOnDay(0);

    // Act
    const asked = await user.intent('StartRinseRoutineIntent');
    const step1 = await user.intent('AMAZON.YesIntent');
    const step2 = await user.intent('AMAZON.NextIntent');
    const step3 = await user.intent('StepDoneIntent');
    const done = await user.intent('StepDoneIntent');

    // Assess
    expect(asked).toSpeak('Is this your first rinse, right after needling?');
    expect(step1).toSpeak('Let’s do your first rinse: 3 steps', 'Step 1 of 3', 'lukewarm water', 'No soap');
    expect(step1.reprompt).toContain('Step 1 of 3');
    expect(step1.sessionEnded).toBe(false);
    expect(step2).toSpeak(/^Step 2 of 3\. Now let your skin air dry\. If you’d like a timer/);
    expect(step3).toSpeak('Step 3 of 3', 'light coat of occlusive ointment');
    expect(done).toSpeak('your routine is done');
    expect(done.sessionEnded).toBe(true);
  });

  it('walks the shower wash a few hours later, by answer or by name', async () => {
    const user = await userOnDay(0);
    await user.intent('StartRinseRoutineIntent');

    const byAnswer = await user.intent('AMAZON.NoIntent');
    const byName = await h
      .conversation(user.device)
      .intent('StartRinseRoutineIntent', { routineStage: { value: 'shower wash', id: 'hours-later' } });

    expect(byAnswer).toSpeak(
      'your shower wash: 3 steps',
      'Step 1 of 3',
      'in the shower',
      'don’t soak in a bath',
    );
    expect(byName).toSpeak('your shower wash', 'Step 1 of 3');
  });
});

describe('the rinse routine on later days', () => {
  it('is a water rinse and ointment on day 1', async () => {
    const user = await userOnDay(1);

    const step1 = await user.intent('StartRinseRoutineIntent');
    const step2 = await user.intent('AMAZON.NextIntent');

    expect(step1).toSpeak(
      'your rinse: 2 steps',
      'Rinse the area with water. No cleansers until the end of day 2.',
    );
    expect(step2).toSpeak('Step 2 of 2', 'No creams or lotions yet');
  });

  it('names the products allowed on day 4 and offers a timer for the soak', async () => {
    // Prepare
    const user = await userOnDay(4);

    // Act
    const step1 = await user.intent('StartRinseRoutineIntent');
    const step2 = await user.intent('AMAZON.NextIntent');
    const step3 = await user.intent('AMAZON.NextIntent');
    const step4 = await user.intent('AMAZON.NextIntent');

    // Assess
    expect(step1).toSpeak('4 steps', 'Step 1 of 4. Wash off your ointment.');
    expect(step2).toSpeak(
      'Today that can be vitamin C serum, creams and lotions, and sunscreen.',
      'Vitamin A and peptides too, if you’re ready: they usually come back between day 3 and day 7.',
      'Make-up too, if you’re ready: it usually comes back on day 4 or 5.',
    );
    expect(step3).toSpeak(
      'Step 3 of 4. Let them soak in for 20 to 30 minutes. Shall I set a 20-minute timer?',
    );
    expect(step4).toSpeak('Step 4 of 4', 'ointment back on');
  });

  it('has no routine after day 14', async () => {
    const user = await userOnDay(15);

    expect(await user.intent('StartRinseRoutineIntent')).toSpeak('covers the first 14 days');
  });
});

describe('moving around a routine', () => {
  it('goes back, repeats, and starts over', async () => {
    const user = await userOnDay(4);
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.NextIntent');

    const back = await user.intent('AMAZON.PreviousIntent');
    const backAgain = await user.intent('AMAZON.PreviousIntent');
    const repeat = await user.intent('AMAZON.RepeatIntent');
    await user.intent('AMAZON.NextIntent');
    await user.intent('AMAZON.NextIntent');
    const over = await user.intent('AMAZON.StartOverIntent');
    const afterOver = await user.intent('AMAZON.NextIntent');

    expect(back).toSpeak(/^Step 1 of 4/);
    expect(backAgain).toSpeak(/^This is the first step\. Step 1 of 4/);
    expect(repeat.speech).toBe(backAgain.speech);
    expect(over).toSpeak(/^From the top\. Step 1 of 4/);
    expect(afterOver).toSpeak(/^Step 2 of 4/);
  });

  it('pauses, and resumes at the same step in a later session', async () => {
    // Prepare
    const user = await userOnDay(4);
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.NextIntent');

    // Act
    const paused = await user.intent('AMAZON.PauseIntent');
    h.now = at('2026-11-24T16:30:00Z');
    const resumed = await user.intent('AMAZON.ResumeIntent');

    // Assess
    expect(paused).toSpeak('Paused at step 2 of 4', 'resume my routine');
    expect(paused.sessionEnded).toBe(true);
    expect(resumed).toSpeak(/^Welcome back\. Step 2 of 4/);
  });

  it('keeps the place on stop, for two hours only', async () => {
    const user = await userOnDay(1);
    await user.intent('StartRinseRoutineIntent');

    const stopped = await user.intent('AMAZON.StopIntent');
    h.now = at('2026-11-24T17:01:00Z');
    const tooLate = await user.intent('AMAZON.ResumeIntent');

    expect(stopped).toSpeak('stopping at step 1 of 2', 'keep your place for two hours');
    expect(tooLate).toSpeak('There’s no routine running');
  });

  it('says so when there is no routine to move in', async () => {
    const user = await userOnDay(2);

    expect(await user.intent('AMAZON.NextIntent')).toSpeak('There’s no routine running');
    expect(await user.intent('AMAZON.ResumeIntent')).toSpeak('There’s no routine running');
  });
});

describe('the soak timer', () => {
  async function atSoakStep(permissions: string[] = []) {
    const user = await userOnDay(4, { permissions });
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.NextIntent');
    await user.intent('AMAZON.NextIntent');
    return user;
  }

  it('asks Alexa for the timers permission, then sets the timer it was allowed', async () => {
    // Prepare
    const user = await atSoakStep();

    // Act
    const asking = await user.intent('AMAZON.YesIntent');
    const set = await user.answerPermission(asking, 'ACCEPTED');

    // Assess
    expect(permissionRequestOf(asking)).toEqual({ scope: TIMERS_SCOPE, token: 'routine-timer:soak:20' });
    expect(asking.ssml).toBe('');
    expect(set).toSpeak('Your 20-minute timer is set', 'resume my routine');
    expect(h.api.timers).toEqual([
      announcingTimer(
        'PT20M',
        'products soaking in',
        'Your products have soaked in for 20 minutes. Time to put your ointment back on.',
      ),
    ]);
  });

  it('sets the timer at once when timers are allowed, and resumes after the wait', async () => {
    const user = await atSoakStep([TIMERS_SCOPE]);

    const set = await user.intent('AMAZON.YesIntent');
    h.now = at('2026-11-24T15:25:00Z');
    const resumed = await user.intent('AMAZON.ResumeIntent');

    expect(set).toSpeak('Your 20-minute timer is set');
    expect(h.api.timers).toHaveLength(1);
    expect(resumed).toSpeak(/^Welcome back\. Step 4 of 4/);
  });

  it.each([
    [401 as const, 'isn’t allowed to set timers'],
    [403 as const, 'can’t set a timer on this device'],
    [500 as const, 'couldn’t set a timer just now'],
  ])('says how long to wait when the Timers API answers %s', async (status, says) => {
    const user = await atSoakStep([TIMERS_SCOPE]);
    h.api.alertsMode = status;

    const heard = await user.intent('AMAZON.YesIntent');

    expect(heard).toSpeak(says, 'Wait 20 to 30 minutes');
  });

  it('says how long to wait when the permission is refused, or no timer is wanted', async () => {
    const refusing = await atSoakStep();
    const declining = await atSoakStep();

    const refused = await refusing.answerPermission(await refusing.intent('AMAZON.YesIntent'), 'DENIED');
    const declined = await declining.intent('AMAZON.NoIntent');
    const resumed = await declining.intent('AMAZON.ResumeIntent');

    expect(refused).toSpeak('No problem, no timer', 'Wait 20 to 30 minutes');
    expect(declined).toSpeak(/^Okay\. Wait 20 to 30 minutes/);
    expect(resumed).toSpeak('Step 4 of 4');
    expect(h.api.timers).toEqual([]);
  });
});

describe('a timer for air drying, whose length the user names', () => {
  it('sets the length asked for, and the routine goes on after it', async () => {
    // Prepare
    const user = await userOnDay(0, { permissions: [TIMERS_SCOPE] });
    await user.intent('StartRinseRoutineIntent', {
      routineStage: { value: 'first rinse', id: 'just-after' },
    });
    await user.intent('AMAZON.NextIntent');

    // Act
    const set = await user.intent('SetRoutineTimerIntent', { duration: 'PT10M' });
    h.now = at('2026-11-24T15:12:00Z');
    const resumed = await user.intent('AMAZON.ResumeIntent');

    // Assess
    expect(set).toSpeak('Your 10-minute timer is set');
    expect(h.api.timers).toEqual([
      announcingTimer(
        'PT10M',
        'skin air drying',
        'Your air drying timer is done. Once your skin is dry, put on a light coat of occlusive ointment.',
      ),
    ]);
    expect(resumed).toSpeak(/^Welcome back\. Step 3 of 3/);
  });

  it('asks for a length, and says when a step has nothing to time or no routine runs', async () => {
    const user = await userOnDay(0, { permissions: [TIMERS_SCOPE] });
    await user.intent('StartRinseRoutineIntent', {
      routineStage: { value: 'first rinse', id: 'just-after' },
    });

    const onFirstStep = await user.intent('SetRoutineTimerIntent', { duration: 'PT10M' });
    await user.intent('AMAZON.NextIntent');
    const noLength = await user.intent('SetRoutineTimerIntent');
    const tooLong = await user.intent('SetRoutineTimerIntent', { duration: 'PT5H' });
    const outside = await (await userOnDay(5)).intent('SetRoutineTimerIntent', { duration: 'PT10M' });

    expect(onFirstStep).toSpeak('This step has no wait to time');
    expect(noLength).toSpeak('How many minutes should the timer run?');
    expect(tooLong).toSpeak('How many minutes should the timer run?');
    expect(outside).toSpeak('I set timers for the waits in your rinse routine');
    expect(h.api.timers).toEqual([]);
  });
});
