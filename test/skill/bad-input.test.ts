import type { RequestEnvelope } from 'ask-sdk-model';
import { envelope, hear, intentRequest, sessionEndedRequest } from '../../dev/envelope';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('bad and odd input', () => {
  it('answers an intent it does not know with a pointer to what it can do', async () => {
    const heard = await h.conversation().intent('OrderPizzaIntent');

    expect(heard).toSpeak('Sorry, I can’t do that yet');
    expect(heard).toBeValidSsml();
  });

  it.each(['CanIUseIntent', 'WhenCanIUseIntent', 'SymptomCheckIntent', 'SetNeedlingTypeIntent'])(
    '%s with no slot asks which one',
    async (intent) => {
      const heard = await h.conversation().intent(intent);

      expect(heard).toSpeak(/^(Which|Was your needling)/);
      expect(heard.sessionEnded).toBe(false);
    },
  );

  it('escapes a value it echoes back, and keeps the SSML valid', async () => {
    const heard = await h
      .conversation()
      .intent('CanIUseIntent', { product: { value: '</speak><audio src="x"/> & "friends"\u0007' } });

    expect(heard).toBeValidSsml();
    expect(heard.ssml).not.toContain('<audio');
    expect(heard).toSpeak('</speak><audio src="x"/> & "friends"');
  });

  it('cuts a very long echoed value short', async () => {
    const heard = await h
      .conversation()
      .intent('SymptomCheckIntent', { symptom: { value: 'x'.repeat(5000) } });

    expect(heard).toBeValidSsml();
    expect(heard.speech.length).toBeLessThan(300);
  });

  it('answers a request without a session', async () => {
    const request = envelope(
      { apiEndpoint: h.api.endpoint },
      intentRequest('2026-11-24T15:00:00Z', 'ProcedureGuideIntent'),
      null,
    );

    expect(hear(await h.invoke(request))).toSpeak('star pattern');
  });

  it('answers a request without a user, and says it cannot save', async () => {
    // Prepare
    const request = envelope(
      { apiEndpoint: h.api.endpoint },
      intentRequest('2026-11-24T15:00:00Z', 'SetProcedureDateIntent', { procedureDate: '2026-11-20' }),
      null,
    );
    Reflect.deleteProperty(request.context.System, 'user');

    // Act
    const heard = hear(await h.invoke(request));

    // Assess
    expect(heard).toSpeak('only remember your date');
  });

  it('returns an empty response to SessionEndedRequest, even with an error', async () => {
    const response = await h.invoke(
      envelope({ apiEndpoint: h.api.endpoint }, sessionEndedRequest('2026-11-24T15:00:00Z', 'ERROR')),
    );

    expect(response.response.outputSpeech).toBeUndefined();
  });

  it('returns an empty, well-formed response to System.ExceptionEncountered', async () => {
    const request = envelope({ apiEndpoint: h.api.endpoint }, {
      type: 'System.ExceptionEncountered',
      requestId: 'amzn1.echo-api.request.x',
      timestamp: '2026-11-24T15:00:00Z',
      locale: 'en-US',
      error: { type: 'INVALID_RESPONSE', message: 'x' },
      cause: { requestId: 'amzn1.echo-api.request.y' },
    } as unknown as RequestEnvelope['request']);

    const response = await h.invoke(request);

    expect(response.version).toBe('1.0');
    expect(response.response.outputSpeech).toBeUndefined();
  });
});

describe('requests that are not conversation turns', () => {
  const at = '2026-11-24T15:00:00Z';
  const canFulfill = (intent: ReturnType<typeof intentRequest>) =>
    h.invoke(
      envelope(
        { apiEndpoint: h.api.endpoint },
        { ...intent, type: 'CanFulfillIntentRequest' } as unknown as RequestEnvelope['request'],
        null,
      ),
    );

  it('says it can fulfil its own intent, with a known product, and touches no store', async () => {
    h.takeOperations();

    const response = await canFulfill(
      intentRequest(at, 'CanIUseIntent', { product: { value: 'vitamin c', id: 'vitamin-c' } }),
    );

    expect(response.response.canFulfillIntent).toEqual({
      canFulfill: 'YES',
      slots: { product: { canUnderstand: 'YES', canFulfill: 'YES' } },
    });
    expect(response.response.outputSpeech).toBeUndefined();
    expect(h.takeOperations()).toEqual([]);
  });

  it.each([
    [
      'a product it does not know',
      intentRequest(at, 'CanIUseIntent', { product: { value: 'retinol gummies' } }),
    ],
    ['an intent of another skill', intentRequest(at, 'OrderPizzaIntent')],
    ['deleting data, which must be asked of Aftercare by name', intentRequest(at, 'DeleteMyDataIntent')],
  ])('says no to %s', async (_, intent) => {
    const response = await canFulfill(intent);

    expect(response.response.canFulfillIntent?.canFulfill).toBe('NO');
  });

  it.each(['AskFor', 'Buy', 'ScheduleFoodEstablishmentReservation'])(
    'answers a Connections.Response for %s it did not wait on, and keeps listening',
    async (name) => {
      const response = await h.invoke(
        envelope({ userId: 'amzn1.ask.account.CONNECTIONS', apiEndpoint: h.api.endpoint }, {
          type: 'Connections.Response',
          requestId: 'amzn1.echo-api.request.c',
          timestamp: at,
          locale: 'en-US',
          name,
          status: { code: '200', message: 'OK' },
          payload: { permissionScope: 'alexa::alerts:reminders:skill:readwrite', status: 'ACCEPTED' },
          token: '<speak>token</speak>',
        } as unknown as RequestEnvelope['request']),
      );

      const heard = hear(response);
      expect(heard).toSpeak('What would you like to know?');
      expect(heard).toBeValidSsml();
      expect(heard.sessionEnded).toBe(false);
    },
  );

  it('answers an APL touch event with an empty, well-formed response', async () => {
    const response = await h.invoke(
      envelope({ apiEndpoint: h.api.endpoint }, {
        type: 'Alexa.Presentation.APL.UserEvent',
        requestId: 'amzn1.echo-api.request.apl',
        timestamp: at,
        locale: 'en-US',
        token: 'routine',
        arguments: ['next'],
        source: { type: 'TouchWrapper', handler: 'Press', id: 'next' },
      } as unknown as RequestEnvelope['request']),
    );

    expect(response.version).toBe('1.0');
    expect(response.response.outputSpeech).toBeUndefined();
  });
});

describe('session attributes that were tampered with', () => {
  const tampered = (attributes: Record<string, unknown>, intent: string) =>
    h.invoke(
      envelope(
        { userId: 'amzn1.ask.account.TAMPERED', apiEndpoint: h.api.endpoint },
        intentRequest('2026-11-24T15:00:00Z', intent),
        { sessionId: 'amzn1.echo-api.session.tampered', isNew: false, attributes },
      ),
    );

  it('does not repeat SSML it never said', async () => {
    const heard = hear(
      await tampered(
        { last: { speech: '</speak><audio src="https://example.com/x.mp3"/>' } },
        'AMAZON.RepeatIntent',
      ),
    );

    expect(heard).toBeValidSsml();
    expect(heard.ssml).not.toContain('audio');
  });

  it('does not store a pending date that is not a date', async () => {
    const heard = hear(
      await tampered(
        { pending: { kind: 'confirm-weekday', heard: '2026-13-45', lastWeek: '' } },
        'AMAZON.YesIntent',
      ),
    );

    expect(heard).not.toSpeak('something went wrong');
    expect(await h.item('amzn1.ask.account.TAMPERED')).toBeUndefined();
  });
});
