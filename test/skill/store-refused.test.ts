import { refusingUrl } from '../../dev/broken-endpoints';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ AWS_ENDPOINT_URL_DYNAMODB: await refusingUrl() });
});
afterAll(async () => {
  await h.close();
});

describe('a store that refuses connections', () => {
  it('answers a question with a spoken apology', async () => {
    const heard = await h.conversation().intent('RecoveryStatusIntent');

    expect(heard).toSpeak('can’t reach your saved details');
    expect(heard.sessionEnded).toBe(true);
  });

  it('says nothing was saved', async () => {
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    expect(heard).toSpeak('couldn’t save that just now, so nothing has changed');
  });

  it('still welcomes and helps', async () => {
    const help = await h.conversation().intent('AMAZON.HelpIntent');

    expect(help).toBeValidSsml();
    expect(help.sessionEnded).toBe(false);
  });
});
