import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { startHarness, type Harness } from '../support/harness';

/**
 * Each store call may take a minute here, but the turn's budget is a fraction of a second:
 * the answer must come from the budget, or jest's own timeout fails the test.
 */
let silent: Server;
const sockets = new Set<Socket>();
let h: Harness;

beforeAll(async () => {
  silent = createServer((socket) => sockets.add(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as AddressInfo;
  h = await startHarness({
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${String(port)}`,
    STORE_TIMEOUT_MS: '60000',
    TURN_BUDGET_MS: '400',
  });
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) =>
    silent.close(() => {
      resolve();
    }),
  );
  await h.close();
});

describe('the turn budget', () => {
  it('cuts a hanging store call short and answers', async () => {
    const heard = await h.conversation().intent('WhatToDoTodayIntent');

    expect(heard).toSpeak('can’t reach your saved details');
  });
});
