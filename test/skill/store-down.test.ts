import { envelope, skillEvent } from '../../dev/envelope';
import { startSilentServer, type SilentServer } from '../../dev/broken-endpoints';
import { startHarness, type Harness } from '../support/harness';

/** A store that accepts connections and never answers. */
let silent: SilentServer;
let h: Harness;

beforeAll(async () => {
  silent = await startSilentServer();
  h = await startHarness({ AWS_ENDPOINT_URL_DYNAMODB: silent.url, STORE_TIMEOUT_MS: '800' });
});
afterAll(async () => {
  await silent.close();
  await h.close();
});

describe('a store that hangs', () => {
  it('answers a read turn with a spoken apology instead of timing out', async () => {
    const heard = await h.conversation().intent('WhatToDoTodayIntent');

    expect(heard).toSpeak('can’t reach your saved details');
    expect(heard).toBeValidSsml();
  });

  it('never claims a write it did not make', async () => {
    const heard = await h.conversation().intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });

    expect(heard).not.toSpeak('Got it');
    expect(heard).toSpeak('couldn’t save that just now, so nothing has changed');
  });

  it('says a delete did not happen when it could not reach the store', async () => {
    const user = h.conversation();
    await user.intent('DeleteMyDataIntent');

    const heard = await user.intent('AMAZON.YesIntent');

    expect(heard).toSpeak('couldn’t delete your data just now, so it is still there');
  });

  it('answers a disable event with an empty response even when the delete fails', async () => {
    const response = await h.invoke(
      envelope(
        { apiEndpoint: h.api.endpoint },
        skillEvent(h.now.toISOString(), 'AlexaSkillEvent.SkillDisabled', {
          userInformationPersistenceStatus: 'NOT_PERSISTED',
        }),
        null,
      ),
    );

    expect(response.response).toEqual({});
  });

  it('still answers turns that need no store', async () => {
    expect(await h.conversation().intent('NumbingIntent')).toSpeak('patch test');
  });
});
