import { runLoad } from '../../bench/load';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('many users at once (a small npm run load)', () => {
  it('answers every turn, and each user hears their own day in their own zone', async () => {
    const result = await runLoad(h.invoke, h.api, { users: 24, turnsPerUser: 7, concurrency: 12 }, 'jest');

    expect(result.turns).toBe(24 * 7);
    expect(result.errors).toEqual([]);
    expect(result.wrongDays).toEqual([]);
  });
});
