import { DISPLAYS, screenChangeOf, userEvent, type Conversation, type Heard } from '../../dev/envelope';
import { timelineFor, todaysCare } from '../../lambda/care/recovery';
import { routineToken } from '../../lambda/screens/routine-data';
import { APL_VERSION, DOCUMENTS, TIMELINE_TOKEN } from '../../lambda/screens/screens';
import { timelineScreen, type TimelineScreen } from '../../lambda/screens/timeline-data';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

/** The stub answers every device with New York, where 15:00 UTC is 10:00. */
const ZONE = 'America/New_York';
const NOW = new Date('2026-11-24T15:00:00Z');

async function userOnDay(day: number, screen: boolean): Promise<{ user: Conversation; date: string }> {
  h.now = NOW;
  const date = new Date(Date.UTC(2026, 10, 24 - day)).toISOString().slice(0, 10);
  const user = h.conversation(screen ? { display: DISPLAYS.mediumHub } : {});
  await user.intent('SetProcedureDateIntent', { procedureDate: date });
  await user.end();
  return { user, date };
}

/** What a person hears, whatever the screen shows. */
function voiceOf(heard: Heard) {
  return { ssml: heard.ssml, reprompt: heard.reprompt, ended: heard.sessionEnded };
}

const TURNS: [string, (user: Conversation, date: string) => Promise<Heard>][] = [
  ['I needled on …', (user, date) => user.intent('SetProcedureDateIntent', { procedureDate: date })],
  ['launch', (user) => user.launch()],
  ['what should I do today', (user) => user.intent('WhatToDoTodayIntent')],
  ['how far along am I', (user) => user.intent('RecoveryStatusIntent')],
];

describe('the recovery timeline on a screen', () => {
  it.each(TURNS)('after “%s”, is drawn from the engine’s answer for the day', async (_, say) => {
    // Prepare
    const { user, date } = await userOnDay(3, true);

    // Act
    const heard = await say(user, date);

    // Assess
    const expected: TimelineScreen = timelineScreen(todaysCare(timelineFor(date, 'standard', NOW, ZONE)));
    expect(screenChangeOf(heard)).toEqual({
      kind: 'render',
      token: TIMELINE_TOKEN,
      document: DOCUMENTS.timeline,
      data: expected,
    });
    expect(expected.heading).toBe('Day 3 of your recovery');
  });

  it.each(TURNS)('leaves “%s” exactly as it was on a device without a screen', async (_, say) => {
    // Prepare
    const screen = await userOnDay(5, true);
    const voice = await userOnDay(5, false);

    // Act
    const seen = await say(screen.user, screen.date);
    const heard = await say(voice.user, voice.date);

    // Assess
    expect(voiceOf(heard)).toEqual(voiceOf(seen));
    expect(heard.envelope.response.directives).toBeUndefined();
    expect(heard.envelope.response.card).toEqual(seen.envelope.response.card);
  });

  it('sends a device with an older APL runtime than the documents need the voice alone', async () => {
    // Prepare
    h.now = NOW;
    const old = h.conversation({ display: { ...DISPLAYS.mediumHub, aplMaxVersion: '1.4' } });
    const current = h.conversation({ display: { ...DISPLAYS.mediumHub, aplMaxVersion: APL_VERSION } });
    for (const user of [old, current])
      await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-21' });

    // Act
    const [oldHeard, currentHeard] = [
      await old.intent('WhatToDoTodayIntent'),
      await current.intent('WhatToDoTodayIntent'),
    ];

    // Assess
    expect(oldHeard.envelope.response.directives).toBeUndefined();
    expect(screenChangeOf(currentHeard)?.kind).toBe('render');
    expect(voiceOf(oldHeard)).toEqual(voiceOf(currentHeard));
  });

  it('asks a new user for the date without drawing a timeline', async () => {
    const user = h.conversation({ display: DISPLAYS.roundHub });

    const heard = await user.launch();

    expect(heard).toSpeak('when');
    expect(screenChangeOf(heard)).toBeUndefined();
  });
});

describe('cards in the Alexa app', () => {
  it('give today’s checklist after “what should I do today”, and nothing after a status question', async () => {
    // Prepare
    const { user, date } = await userOnDay(3, false);
    const today = todaysCare(timelineFor(date, 'standard', NOW, ZONE));

    // Act
    const checklist = await user.intent('WhatToDoTodayIntent');
    const status = await user.intent('RecoveryStatusIntent');

    // Assess
    const card = checklist.envelope.response.card;
    expect(card).toMatchObject({ type: 'Standard', title: 'Day 3 of your recovery' });
    for (const item of today.care) expect(card?.type === 'Standard' && card.text).toContain(item.brief);
    expect(status.envelope.response.card).toBeUndefined();
  });

  it('give the routine’s steps once it is done, and none while it runs', async () => {
    // Prepare
    const { user } = await userOnDay(1, false);

    // Act
    const start = await user.intent('StartRinseRoutineIntent');
    const step2 = await user.intent('AMAZON.NextIntent');
    const done = await user.intent('AMAZON.NextIntent');

    // Assess
    expect([start.envelope.response.card, step2.envelope.response.card]).toEqual([undefined, undefined]);
    const card = done.envelope.response.card;
    expect(card?.type).toBe('Standard');
    const text = card?.type === 'Standard' ? (card.text ?? '') : '';
    expect(text).toMatch(/^1\. .+\n2\. /);
    expect(start.speech).toContain(text.split('\n')[0]?.slice(3));
  });
});

describe('the routine on a screen', () => {
  it('draws the routine once, then moves it a step at a time with one small command', async () => {
    // Prepare
    const { user } = await userOnDay(3, true);

    // Act
    const start = await user.intent('StartRinseRoutineIntent');
    const next = await user.intent('AMAZON.NextIntent');
    const back = await user.intent('AMAZON.PreviousIntent');

    // Assess
    const drawn = screenChangeOf(start);
    expect(drawn).toMatchObject({ kind: 'render', data: { current: 0, total: 4 } });
    expect(screenChangeOf(next)).toEqual({
      kind: 'commands',
      token: drawn?.token,
      commands: [{ type: 'SetValue', componentId: 'routine', property: 'current', value: 1 }],
    });
    expect(screenChangeOf(back)).toMatchObject({ kind: 'commands', commands: [{ value: 0 }] });
    expect(JSON.stringify(next.envelope).length).toBeLessThan(JSON.stringify(start.envelope).length / 2);
  });

  it('draws the routine afresh when the screen shows something else', async () => {
    // Prepare
    const { user } = await userOnDay(3, true);
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.PauseIntent');
    await user.intent('WhatToDoTodayIntent');

    // Act
    const resumed = await user.intent('AMAZON.ResumeIntent');

    // Assess
    expect(screenChangeOf(resumed)).toMatchObject({ kind: 'render', data: { current: 0 } });
  });

  it('shows the end of the routine when it is done', async () => {
    const { user } = await userOnDay(1, true);
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.NextIntent');

    const done = await user.intent('AMAZON.NextIntent');

    expect(done).toSpeak('your routine is done');
    expect(screenChangeOf(done)).toMatchObject({ kind: 'commands', commands: [{ value: 2 }] });
  });

  it('moves by touch exactly as by voice: Next, Back and Repeat', async () => {
    // Prepare: one user speaks, the other touches, on the same day.
    const speaker = await userOnDay(3, true);
    const toucher = await userOnDay(3, true);
    const steps: [string, (u: Conversation) => Promise<Heard>, (u: Conversation) => Promise<Heard>][] = [
      ['next', (u) => u.intent('AMAZON.NextIntent'), (u) => u.touch('next')],
      ['next', (u) => u.intent('AMAZON.NextIntent'), (u) => u.touch('next')],
      ['repeat', (u) => u.intent('AMAZON.RepeatIntent'), (u) => u.touch('repeat')],
      ['back', (u) => u.intent('AMAZON.PreviousIntent'), (u) => u.touch('previous')],
      ['back', (u) => u.intent('AMAZON.PreviousIntent'), (u) => u.touch('previous')],
      ['back at the first step', (u) => u.intent('AMAZON.PreviousIntent'), (u) => u.touch('previous')],
      ['next', (u) => u.intent('AMAZON.NextIntent'), (u) => u.touch('next')],
    ];
    await speaker.user.intent('StartRinseRoutineIntent');
    await toucher.user.intent('StartRinseRoutineIntent');

    for (const [what, say, touch] of steps) {
      // Act
      const said = await say(speaker.user);
      const touched = await touch(toucher.user);

      // Assess
      expect([what, voiceOf(touched)]).toEqual([what, voiceOf(said)]);
      expect([what, toucher.user.screen?.values]).toEqual([what, speaker.user.screen?.values]);
    }
    expect(toucher.user.screen?.values).toEqual({ routine: { current: 1 } });
  });

  it('picks up the place when Next is touched on a screen left from a paused session', async () => {
    // Prepare
    const { user } = await userOnDay(3, true);
    await user.intent('StartRinseRoutineIntent');
    await user.intent('AMAZON.PauseIntent');

    // Act: the paused step is still on screen, and a touch opens a new session.
    const touched = await user.touch('next');

    // Assess
    expect(touched).toSpeak(/^Step 2 of 4/);
    expect(user.screen?.values).toEqual({ routine: { current: 1 } });
  });

  it('ignores touch events it did not ask for, and changes nothing', async () => {
    // Prepare
    const { user } = await userOnDay(3, true);
    const start = await user.intent('StartRinseRoutineIntent');
    const token = screenChangeOf(start)?.token ?? '';
    const events = [
      userEvent(NOW.toISOString(), token, ['delete']),
      userEvent(NOW.toISOString(), token, []),
      userEvent(NOW.toISOString(), token, [{ next: true }]),
      userEvent(NOW.toISOString(), 'someone-else', ['next']),
    ];

    for (const event of events) {
      // Act
      const heard = await user.send(event);

      // Assess
      expect(heard.envelope.response.outputSpeech).toBeUndefined();
    }
    expect(await user.intent('AMAZON.NextIntent')).toSpeak(/^Step 2 of 4/);
  });

  it('sends nothing to draw to a device without a screen', async () => {
    const { user } = await userOnDay(3, false);

    const turns = [
      await user.intent('StartRinseRoutineIntent'),
      await user.intent('AMAZON.NextIntent'),
      await user.intent('AMAZON.RepeatIntent'),
    ];

    expect(turns.map((t) => t.envelope.response.directives)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps every response inside Alexa’s 24 KB, on every screen', async () => {
    for (const display of Object.values(DISPLAYS)) {
      // Prepare
      h.now = NOW;
      const user = h.conversation({ display });
      await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-21' });

      // Act
      const turns = [
        await user.launch(),
        await user.intent('WhatToDoTodayIntent'),
        await user.intent('StartRinseRoutineIntent'),
        await user.touch('next'),
      ];

      // Assess
      for (const turn of turns)
        expect(Buffer.byteLength(JSON.stringify(turn.envelope))).toBeLessThan(24 * 1024);
    }
  });

  it('names the screen it draws by the routine’s steps', async () => {
    const { user } = await userOnDay(3, true);

    const start = await user.intent('StartRinseRoutineIntent');

    const change = screenChangeOf(start);
    expect(change?.kind === 'render' && routineToken(change.data as never)).toBe(change?.token);
  });
});
