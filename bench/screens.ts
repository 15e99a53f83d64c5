/**
 * What screens cost: the size of each response that draws or moves one, beside the same turn
 * on a voice-only device, and warm latency on a screen device, where the timeline's data is
 * built on every turn that shows it.
 */
import { Conversation, DISPLAYS, envelope, intentRequest, type Heard, type Invoke } from '../dev/envelope';
import { measureWarm, type BenchUser, type Latency } from './turns';

/** Alexa's limit on the whole response. */
export const RESPONSE_LIMIT_BYTES = 24 * 1024;

export interface ScreenSize {
  readonly label: string;
  /** The response to a device without a screen. */
  readonly voiceBytes: number;
  /** The response to a medium hub. */
  readonly screenBytes: number;
  /** What the screen response sends: a document, commands, or nothing. */
  readonly sends: 'document' | 'commands' | 'nothing';
}

const STEPS: readonly [string, (c: Conversation) => Promise<Heard>][] = [
  ['launch (timeline)', (c) => c.launch()],
  ['what to do today (timeline + card)', (c) => c.intent('WhatToDoTodayIntent')],
  ['start my rinse routine (routine drawn)', (c) => c.intent('StartRinseRoutineIntent')],
  ['routine: next (moved by SetValue)', (c) => c.intent('AMAZON.NextIntent')],
  ['routine: Next touched', (c) => c.touch('next')],
];

/** One conversation per device, the same turns in the same order, sizes side by side. */
export async function measureScreenSizes(handler: Invoke, apiEndpoint: string): Promise<ScreenSize[]> {
  const start = async (id: string, screen: boolean): Promise<Conversation> => {
    const c = new Conversation(
      handler,
      {
        userId: `amzn1.ask.account.BENCHSCREEN${id}`,
        deviceId: `amzn1.ask.device.BENCHSCREEN${id}`,
        apiEndpoint,
        ...(screen && { display: DISPLAYS.mediumHub }),
      },
      () => new Date(),
    );
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    await c.intent('SetProcedureDateIntent', { procedureDate: threeDaysAgo });
    await c.end();
    return c;
  };
  const [voice, screen] = await Promise.all([start('V', false), start('S', true)]);
  const sizes: ScreenSize[] = [];
  for (const [label, turn] of STEPS) {
    const touch = label.includes('touched');
    const heardByVoice = touch ? await voice.intent('AMAZON.NextIntent') : await turn(voice);
    const seen = await turn(screen);
    const types = (seen.envelope.response.directives ?? []).map((d) => d.type);
    sizes.push({
      label,
      voiceBytes: bytes(heardByVoice),
      screenBytes: bytes(seen),
      sends: types.includes('Alexa.Presentation.APL.RenderDocument')
        ? 'document'
        : types.includes('Alexa.Presentation.APL.ExecuteCommands')
          ? 'commands'
          : 'nothing',
    });
  }
  return sizes;
}

/** p50 and p99 of "what should I do today" on a medium hub, which builds the timeline each time. */
export function measureWarmScreenTurns(
  handler: Invoke,
  users: readonly BenchUser[],
  turns: number,
): Promise<Latency> {
  return measureWarm(handler, turns, (i) => {
    const user = users[i % users.length];
    if (!user) throw new Error('No user to run');
    return envelope(
      { ...user, display: DISPLAYS.mediumHub },
      intentRequest(new Date().toISOString(), 'WhatToDoTodayIntent'),
    );
  });
}

function bytes(heard: Heard): number {
  return Buffer.byteLength(JSON.stringify(heard.envelope));
}
