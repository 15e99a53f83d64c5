import { startSilentServer, type SilentServer } from '../../dev/broken-endpoints';
import { startHarness, type Harness } from '../support/harness';

/**
 * Each store call may take a minute here, but the turn's budget is a fraction of a second:
 * the answer must come from the budget, or jest's own timeout fails the test.
 */
let silent: SilentServer;
let h: Harness;

beforeAll(async () => {
  silent = await startSilentServer();
  h = await startHarness({
    AWS_ENDPOINT_URL_DYNAMODB: silent.url,
    STORE_TIMEOUT_MS: '60000',
    TURN_BUDGET_MS: '400',
  });
});
afterAll(async () => {
  await silent.close();
  await h.close();
});

describe('the turn budget', () => {
  it('cuts a hanging store call short and answers', async () => {
    const heard = await h.conversation().intent('WhatToDoTodayIntent');

    expect(heard).toSpeak('can’t reach your saved details');
  });
});
