import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});
beforeEach(() => {
  h.now = new Date('2026-11-24T15:00:00Z'); // Tuesday, 10 AM in New York
});

describe('a new user, start to finish', () => {
  it('is asked when they needled, stores the date, and hears their day', async () => {
    // Prepare
    const user = h.conversation();

    // Act
    const welcome = await user.launch();
    const saved = await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    const today = await user.intent('AMAZON.YesIntent');
    const details = await user.intent('AMAZON.YesIntent');

    // Assess
    expect(welcome).toSpeak('when did you do your needling', 'not medical advice');
    expect(welcome.sessionEnded).toBe(false);
    expect(saved).toSpeak('Friday, November 20', 'today is day 4');
    expect(today).toSpeak('Today is day 4.', 'make-up', 'Want to hear more?');
    expect(details).toSpeak('20 to 30 minutes');
    expect(details.sessionEnded).toBe(true);
    for (const heard of [welcome, saved, today, details]) expect(heard).toBeValidSsml();
  });

  it('remembers the date in a later session, days later', async () => {
    // Prepare
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await user.end();
    h.now = new Date('2026-11-27T15:00:00Z');

    // Act
    const launch = await user.launch();

    // Assess
    expect(launch).toSpeak('Welcome back', 'Today is day 7.');
  });
});

describe('questions about the day', () => {
  async function userOnDay4() {
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    return user;
  }

  it('answers "what should I do today" briefly, with more on yes', async () => {
    const user = await userOnDay4();

    const brief = await user.intent('WhatToDoTodayIntent');
    const more = await user.intent('AMAZON.YesIntent');

    expect(brief).toSpeak('Today is day 4.', 'ointment', 'Want to hear more?');
    expect(brief.speech.split(/\s+/).length).toBeLessThanOrEqual(50);
    expect(brief.sessionEnded).toBe(false);
    expect(brief.reprompt).toMatch(/yes or no/);
    expect(more).toSpeak('20 to 30 minutes');
    expect(more.sessionEnded).toBe(true);
  });

  it('says where the recovery stands', async () => {
    const user = await userOnDay4();

    expect(await user.intent('RecoveryStatusIntent')).toSpeak(
      'day 4',
      'since your needling on Friday, November 20',
    );
  });

  it('says what changes next, with its day and weekday', async () => {
    const user = await userOnDay4();

    expect(await user.intent('WhatsNextIntent')).toSpeak('On day 6, Thursday', 'minimal');
  });

  it('answers whether a product is allowed yet, and from when', async () => {
    // Prepare
    h.now = new Date('2026-11-22T15:00:00Z'); // day 2
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Act
    const sunscreen = await user.intent('CanIUseIntent', { product: { value: 'sunblock', id: 'sunscreen' } });
    const ointment = await user.intent('CanIUseIntent', { product: { value: 'vaseline', id: 'ointment' } });
    const makeup = await user.intent('WhenCanIUseIntent', { product: { value: 'foundation', id: 'makeup' } });

    // Assess
    expect(sunscreen).toSpeak(/^Not yet\./, 'Day 3 is tomorrow');
    expect(ointment).toSpeak(/^Yes\./);
    expect(makeup).toSpeak('day 4 or 5', 'day 4 is Tuesday, November 24');
  });

  it('checks a symptom against the day', async () => {
    h.now = new Date('2026-11-22T15:00:00Z'); // day 2
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    expect(await user.intent('SymptomCheckIntent', { symptom: { value: 'puffy', id: 'swelling' } })).toSpeak(
      'worse on day 2 than it was on day 1',
    );
    expect(await user.intent('SymptomCheckIntent', { symptom: { value: 'itchy', id: 'itching' } })).toSpeak(
      'doesn’t describe itching',
      'professional',
    );
  });

  it('flags a symptom outside the lesson’s timeline, and notes dense needling', async () => {
    h.now = new Date('2026-12-02T15:00:00Z'); // day 12
    const user = h.conversation();
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await user.intent('SetNeedlingTypeIntent', { needlingType: { value: 'dense', id: 'dense' } });

    const bleeding = await user.intent('SymptomCheckIntent', {
      symptom: { value: 'bleeding', id: 'bleeding' },
    });

    expect(bleeding).toSpeak('Day 12 is past that timeline', 'few days longer', 'check with a professional');
  });
});

describe('guides and built-ins', () => {
  it('explains needling and numbing without a stored date', async () => {
    const user = h.conversation();

    expect(await user.intent('ProcedureGuideIntent')).toSpeak('star pattern', 'alcohol');
    expect(await user.intent('AMAZON.YesIntent')).toSpeak('5 passes vertically');
    expect(await user.intent('NumbingIntent')).toSpeak('patch test', 'ice');
  });

  it('repeats the last answer', async () => {
    const user = h.conversation();
    const help = await user.intent('AMAZON.HelpIntent');

    const again = await user.intent('AMAZON.RepeatIntent');

    expect(again.speech).toBe(help.speech);
  });

  it('keeps an offer of more open across a repeat', async () => {
    const user = h.conversation();
    const guide = await user.intent('ProcedureGuideIntent');

    const again = await user.intent('AMAZON.RepeatIntent');
    const more = await user.intent('AMAZON.YesIntent');

    expect(again.speech).toBe(guide.speech);
    expect(more).toSpeak('5 passes vertically');
  });

  it('offers help, and keeps listening, when there is nothing to repeat', async () => {
    const heard = await h.conversation().intent('AMAZON.RepeatIntent');

    expect(heard).toSpeak('What would you like?');
    expect(heard.sessionEnded).toBe(false);
  });

  it('ends the session on stop, cancel and no', async () => {
    for (const intent of ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NoIntent']) {
      const heard = await h.conversation().intent(intent);
      expect(heard.sessionEnded).toBe(true);
      expect(heard).toBeValidSsml();
    }
  });

  it('points a fallback to what the skill can do', async () => {
    const heard = await h.conversation().intent('AMAZON.FallbackIntent');

    expect(heard).toSpeak('what to do today');
    expect(heard.sessionEnded).toBe(false);
  });

  it('asks for the date when a question needs it and none is stored', async () => {
    const heard = await h.conversation().intent('WhatToDoTodayIntent');

    expect(heard).toSpeak('When did you do your needling?');
    expect(heard.reprompt).toMatch(/When did you do your needling/);
  });
});

describe('the microphone', () => {
  it('stays open only after a question, always with a reprompt', async () => {
    const user = h.conversation();
    const turns = [
      await user.launch(),
      await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
      await user.intent('WhatsNextIntent'),
      await user.intent('CanIUseIntent', { product: { value: 'exercise', id: 'exercise' } }),
      await user.intent('AMAZON.HelpIntent'),
      await user.intent('AMAZON.FallbackIntent'),
    ];

    for (const heard of turns) {
      const asks = heard.speech.includes('?');
      expect([heard.speech, heard.sessionEnded]).toEqual([heard.speech, !asks]);
      if (asks) expect(heard.reprompt).toBeDefined();
    }
  });
});
