import { TEST_SKILL_ID } from '../../dev/envelope';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ SKILL_ID: TEST_SKILL_ID });
});
afterAll(async () => {
  await h.close();
});

describe('SKILL_ID enforcement', () => {
  it('refuses a request for another skill and touches no store', async () => {
    // Prepare
    const stranger = h.conversation({ applicationId: 'amzn1.ask.skill.someone-else' });
    h.takeOperations();

    // Act
    const heard = await stranger.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    // Assess
    expect(heard).toSpeak('meant for a different skill');
    expect(heard.sessionEnded).toBe(true);
    expect(h.takeOperations()).toEqual([]);
  });

  it('serves requests for this skill', async () => {
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    expect(heard).toSpeak('Got it');
  });
});
