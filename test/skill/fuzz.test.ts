/**
 * Property-based: envelopes built from valid, odd and hostile pieces all get a well-formed
 * response, never an exception, and never change another user's record.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { envelope, hear, TEST_SKILL_ID } from '../../dev/envelope';
import { CUSTOM_INTENTS, BUILT_IN_INTENTS } from '../../dev/model/source';
import { PRODUCTS, SYMPTOMS } from '../../lambda/care/content';
import { startHarness, type Harness } from '../support/harness';

let h: Harness;
const BYSTANDER = 'amzn1.ask.account.FUZZ-BYSTANDER';

beforeAll(async () => {
  h = await startHarness();
  h.now = new Date('2026-11-24T15:00:00Z');
  const bystander = h.conversation({ userId: BYSTANDER });
  await bystander.intent('SetProcedureDateIntent', { procedureDate: '2026-11-20' });
  await bystander.intent('SetNeedlingTypeIntent', { needlingType: { value: 'deep', id: 'dense' } });
});
afterAll(async () => {
  await h.close();
});

/** Text that breaks SSML, or a response, when echoed unescaped. */
const hostile = fc.constantFrom(
  '<speak>hi</speak>',
  '</speak><audio src="https://example.com/x.mp3"/>',
  '&amp; &lt; "quotes" \'apostrophes\' & more',
  ']]><![CDATA[',
  'x'.repeat(5000),
  '\u202e\u0000\ufeff\u0007',
);

const oddText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom('', ' '),
  hostile,
);

const dateValue = fc.oneof(
  fc.constantFrom(
    '2026-11-20',
    '2026-11-23',
    '2026-11-25',
    '2026-13-45',
    'XXXX-11-20',
    '2026-W48',
    '2026-W48-WE',
    '2026-11',
    '2026',
    '202X',
    'PRESENT_REF',
    '1900-01-01',
    '9999-12-31',
    '2026-SU',
  ),
  oddText,
);

const ids = [...PRODUCTS.map((p) => p.id), ...SYMPTOMS.map((s) => s.id), 'standard', 'dense', 'not-an-id'];

const slot = (name: string) =>
  fc.record(
    {
      name: fc.constant(name),
      value:
        name === 'procedureDate'
          ? dateValue
          : fc.oneof(
              { weight: 3, arbitrary: hostile },
              { weight: 2, arbitrary: oddText },
              { weight: 1, arbitrary: fc.constantFrom('makeup', 'swelling') },
            ),
      confirmationStatus: fc.constant('NONE'),
      resolutions: fc.record({
        resolutionsPerAuthority: fc.array(
          fc.record({
            authority: fc.constant(`amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${name}`),
            status: fc.record({
              code: fc.constantFrom('ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT'),
            }),
            values: fc.array(
              fc.record({
                value: fc.record({ name: oddText, id: fc.oneof(fc.constantFrom(...ids), oddText) }),
              }),
              {
                maxLength: 2,
              },
            ),
          }),
          { maxLength: 2 },
        ),
      }),
    },
    { requiredKeys: ['name'] },
  );

const slots = fc
  .subarray(['procedureDate', 'product', 'symptom', 'needlingType', 'unexpected'])
  .chain((names) => fc.tuple(...names.map(slot)))
  .map((list) => Object.fromEntries(list.map((s) => [s.name, s])));

const intentName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CUSTOM_INTENTS.map((i) => i.name), ...BUILT_IN_INTENTS) },
  { weight: 1, arbitrary: fc.oneof(fc.constant('AMAZON.PauseIntent'), oddText) },
);

const requestType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('IntentRequest') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'LaunchRequest',
      'SessionEndedRequest',
      'System.ExceptionEncountered',
      'CanFulfillIntentRequest',
      'Connections.Response',
      'Alexa.Presentation.APL.UserEvent',
      'AlexaSkillEvent.SkillDisabled',
      'AlexaSkillEvent.SkillPermissionChanged',
      'Messaging.MessageReceived',
    ),
  },
  { weight: 1, arbitrary: oddText },
);

const sessionAttributes = fc.oneof(
  fc.constant({}),
  fc.record({
    pending: fc.oneof(
      fc.record({
        kind: fc.constantFrom('more', 'confirm-weekday', 'confirm-delete', 'nonsense'),
        speech: oddText,
      }),
      fc.record({ kind: fc.constant('confirm-weekday'), heard: dateValue, lastWeek: dateValue }),
      fc.anything(),
    ),
    last: fc.oneof(fc.record({ speech: oddText, reprompt: oddText }), fc.anything()),
    routine: fc.oneof(fc.boolean(), fc.anything()),
  }),
  fc.dictionary(fc.string({ maxLength: 10 }), fc.anything()),
);

const request = fc.record({
  type: requestType,
  requestId: fc.constant('amzn1.echo-api.request.fuzz'),
  timestamp: fc.oneof(
    fc.constantFrom('2026-11-24T15:00:00Z', '2026-11-24T23:59:59Z', '2026-03-08T07:30:00Z', 'yesterday', ''),
    fc
      .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString()),
  ),
  locale: fc.constantFrom('en-US', 'en-GB', 'en-IN', 'de-DE', ''),
  dialogState: fc.constantFrom('COMPLETED', 'STARTED'),
  intent: fc.record({ name: intentName, confirmationStatus: fc.constant('NONE'), slots }),
  reason: fc.constantFrom('USER_INITIATED', 'ERROR', 'EXCEEDED_MAX_REPROMPTS'),
  error: fc.record({ type: oddText, message: oddText }),
  name: fc.constantFrom('AskFor', 'Buy', 'Cancel'),
  token: fc.oneof(
    fc.constantFrom(
      'routine-timer:soak:20',
      'routine-timer:air-dry:99',
      'routine-timer:x',
      'ointment-reminders:09:00,21:00@14',
      'ointment-reminders:09:00@999',
    ),
    fc.constant('ointment-reminders:'),
    oddText,
  ),
  status: fc.record({ code: fc.constantFrom('200', '400', '500'), message: oddText }),
  payload: fc.oneof(
    fc.record({ status: fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED'), permissionScope: oddText }),
    fc.anything(),
  ),
  body: fc.record({ userInformationPersistenceStatus: fc.constantFrom('PERSISTED', 'NOT_PERSISTED') }),
  arguments: fc.array(oddText, { maxLength: 3 }),
});

const turn = fc.record({
  request,
  userId: fc.option(fc.constantFrom('amzn1.ask.account.FUZZ-1', 'amzn1.ask.account.FUZZ-2'), {
    nil: undefined,
  }),
  personId: fc.option(fc.constantFrom('amzn1.ask.person.FUZZ'), { nil: undefined }),
  permissions: fc.subarray([
    'alexa::alerts:reminders:skill:readwrite',
    'alexa::alerts:timers:skill:readwrite',
  ]),
  hasSession: fc.boolean(),
  isNew: fc.boolean(),
  attributes: sessionAttributes,
});

describe('any request the skill can receive', () => {
  it('gets a well-formed response and leaves other users’ records alone', async () => {
    // Prepare
    const before = await h.item(BYSTANDER);

    // Act & Assess
    await fc.assert(
      fc.asyncProperty(turn, async (t) => {
        const event = envelope(
          {
            apiEndpoint: h.api.endpoint,
            ...(t.userId && { userId: t.userId }),
            ...(t.personId && { personId: t.personId }),
          },
          t.request as unknown as RequestEnvelope['request'],
          t.hasSession
            ? { sessionId: 'amzn1.echo-api.session.fuzz', isNew: t.isNew, attributes: t.attributes }
            : null,
        );
        if (!t.userId) Reflect.deleteProperty(event.context.System, 'user');

        const response = await h.invoke(event);

        expect(response.version).toBe('1.0');
        expect(response.response).toBeDefined();
        expect(hear(response)).toBeValidSsml();
        const speech = hear(response).ssml;
        expect(speech.length).toBeLessThan(8000);
        expect(speech).not.toMatch(/<audio|<\/?[a-z]+[^>]*src=/i);
        expect(speech).not.toContain('something went wrong');
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
    expect(await h.item(BYSTANDER)).toEqual(before);
  });
});
