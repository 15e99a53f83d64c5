import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

/** A loopback port that was free a moment ago: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return port;
}

beforeAll(async () => {
  h = await startHarness({ AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${String(await closedPort())}` });
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
