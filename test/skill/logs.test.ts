import { startHarness, type Harness } from '../support/harness';

let h: Harness;
let lines: string[];
let spy: jest.SpiedFunction<typeof process.stdout.write>;

const USER = 'amzn1.ask.account.LOG-USER-RAW';
const PERSON = 'amzn1.ask.person.LOG-PERSON-RAW';
const DEVICE = 'amzn1.ask.device.LOG-DEVICE-RAW';
const TOKEN = 'eyJ-LOG-ACCESS-TOKEN-RAW';
const SPOKEN = 'my secret cream from grandma';

beforeAll(async () => {
  h = await startHarness({ LOG_LEVEL: 'debug' });
  lines = [];
  spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
});
afterAll(async () => {
  spy.mockRestore();
  await h.close();
});

describe('logs', () => {
  it('are JSON lines with hashed IDs and no tokens or spoken text', async () => {
    // Prepare
    const user = h.conversation({ userId: USER, personId: PERSON, deviceId: DEVICE, apiAccessToken: TOKEN });
    h.api.timeZoneFailure = 'error';

    // Act
    await user.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
    await user.intent('CanIUseIntent', { product: { value: SPOKEN } });
    await user.intent(`Evil${SPOKEN}Intent`);
    await user.intent('AMAZON.StopIntent');

    // Assess
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const text = lines.join('\n');
    for (const secret of [USER, PERSON, DEVICE, TOKEN, 'person-token', SPOKEN, 'LOG-']) {
      expect(text).not.toContain(secret);
    }
    const turns = entries.filter((e) => e.message === 'turn');
    expect(turns.map((e) => e.intent)).toEqual([
      'SetProcedureDateIntent',
      'CanIUseIntent',
      'other',
      'AMAZON.StopIntent',
    ]);
    expect(new Set(turns.map((e) => e.account)).size).toBe(1);
    expect(turns[0]).toMatchObject({ level: 'info', requestType: 'IntentRequest', speaker: 'person' });
    expect(typeof turns[0]?.ms).toBe('number');
    expect(entries.some((e) => e.message === 'time zone lookup failed')).toBe(true);
  });
});
