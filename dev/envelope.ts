/**
 * Builds realistic Alexa request envelopes, and drives a conversation through a skill entry
 * point the way the Alexa service does: session attributes carried over, a new session after
 * one ends.
 */
import type { Intent, Request, RequestEnvelope, ResponseEnvelope, Slot, slu } from 'ask-sdk-model';
import { randomUUID } from 'node:crypto';
import { plainText } from '../lambda/speech/format';

export const TEST_SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-000000000000';

/** Who is speaking, on which device, and where the Alexa API is. */
export interface Device {
  readonly userId?: string;
  readonly personId?: string;
  readonly deviceId?: string;
  readonly apiEndpoint: string;
  readonly apiAccessToken?: string;
  readonly applicationId?: string;
  readonly locale?: string;
  /** Permission scopes the user has granted, such as alexa::alerts:reminders:skill:readwrite. */
  readonly permissions?: readonly string[];
  /** The device's screen; left out, the device is voice-only. */
  readonly display?: Display;
}

/** A screen, as Alexa describes it in the request's Viewport. */
export interface Display {
  readonly shape: 'RECTANGLE' | 'ROUND';
  readonly pixelWidth: number;
  readonly pixelHeight: number;
  readonly dpi: number;
  readonly mode?: 'HUB' | 'TV';
  /** The newest APL version the device renders; 2024.2 when left out. */
  readonly aplMaxVersion?: string;
}

/** The screens the preview and tests use, after the viewport profiles of the APL docs. */
export const DISPLAYS = {
  /** Echo Show 8 class: a medium landscape hub. */
  mediumHub: { shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800, dpi: 160 },
  /** Echo Show 5 class: a small landscape hub. */
  smallHub: { shape: 'RECTANGLE', pixelWidth: 960, pixelHeight: 480, dpi: 160 },
  /** Echo Show 15 class: a large landscape hub. */
  largeHub: { shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 160 },
  /** Echo Spot class: a small round hub. */
  roundHub: { shape: 'ROUND', pixelWidth: 480, pixelHeight: 480, dpi: 160 },
  /** Fire TV: 1920 by 1080 pixels at 320 dpi, 960 by 540 dp. */
  tv: { shape: 'RECTANGLE', pixelWidth: 1920, pixelHeight: 1080, dpi: 320, mode: 'TV' },
} as const satisfies Record<string, Display>;

/** The APL document on a device's screen, as a request's context reports it. */
export interface Presented {
  readonly token: string;
}

/** A slot as Alexa sends it: a bare value, or a value that entity resolution matched to an id. */
export type SlotInput = string | { readonly value: string; readonly id?: string };

export interface SessionInfo {
  readonly sessionId: string;
  readonly isNew: boolean;
  readonly attributes: Record<string, unknown>;
}

export function envelope(
  device: Device,
  request: Request,
  session: SessionInfo | null = newSession(),
  presented?: Presented,
): RequestEnvelope {
  const { display } = device;
  const applicationId = device.applicationId ?? TEST_SKILL_ID;
  const granted = device.permissions ?? [];
  const user = {
    userId: device.userId ?? 'amzn1.ask.account.TESTUSER',
    ...(granted.length > 0 && {
      permissions: {
        consentToken: 'test-consent-token',
        scopes: Object.fromEntries(granted.map((scope) => [scope, { status: 'GRANTED' as const }])),
      },
    }),
  };
  return {
    version: '1.0',
    ...(session && {
      session: {
        new: session.isNew,
        sessionId: session.sessionId,
        application: { applicationId },
        attributes: session.attributes,
        user,
      },
    }),
    context: {
      System: {
        application: { applicationId },
        user,
        device: {
          deviceId: device.deviceId ?? 'amzn1.ask.device.TESTDEVICE',
          supportedInterfaces: display
            ? { 'Alexa.Presentation.APL': { runtime: { maxVersion: display.aplMaxVersion ?? '2024.2' } } }
            : {},
        },
        ...(device.personId && {
          person: { personId: device.personId, accessToken: 'person-token' },
        }),
        apiEndpoint: device.apiEndpoint,
        apiAccessToken: device.apiAccessToken ?? 'test-api-access-token',
      },
      ...(display && {
        Viewport: {
          experiences: [{ canRotate: false, canResize: false }],
          mode: display.mode ?? 'HUB',
          shape: display.shape,
          pixelWidth: display.pixelWidth,
          pixelHeight: display.pixelHeight,
          currentPixelWidth: display.pixelWidth,
          currentPixelHeight: display.pixelHeight,
          dpi: display.dpi,
          touch: display.mode === 'TV' ? [] : ['SINGLE'],
          keyboard: display.mode === 'TV' ? ['DIRECTION'] : [],
        },
      }),
      ...(display &&
        presented && { 'Alexa.Presentation.APL': { token: presented.token, version: '2024.2' } }),
    },
    request,
  };
}

export function newSession(): SessionInfo {
  return { sessionId: `amzn1.echo-api.session.${randomUUID()}`, isNew: true, attributes: {} };
}

const base = (timestamp: string, locale: string) => ({
  requestId: `amzn1.echo-api.request.${randomUUID()}`,
  timestamp,
  locale,
});

export function launchRequest(timestamp: string, locale = 'en-US'): Request {
  return { type: 'LaunchRequest', ...base(timestamp, locale) };
}

export function intentRequest(
  timestamp: string,
  name: string,
  slots: Readonly<Record<string, SlotInput>> = {},
  locale = 'en-US',
): Request {
  const intent: Intent = {
    name,
    confirmationStatus: 'NONE',
    slots: Object.fromEntries(
      Object.entries(slots).map(([slotName, input]) => [slotName, slot(slotName, input)]),
    ),
  };
  return { type: 'IntentRequest', ...base(timestamp, locale), dialogState: 'COMPLETED', intent };
}

export function sessionEndedRequest(
  timestamp: string,
  reason: 'USER_INITIATED' | 'ERROR' | 'EXCEEDED_MAX_REPROMPTS' = 'USER_INITIATED',
): Request {
  return {
    type: 'SessionEndedRequest',
    ...base(timestamp, 'en-US'),
    reason,
    ...(reason === 'ERROR' && { error: { type: 'INVALID_RESPONSE', message: 'test' } }),
  };
}

/** The permission a response asks Alexa to request by voice, if it asks for one. */
export function permissionRequestOf(heard: Heard): { scope: string; token: string } | undefined {
  for (const directive of heard.envelope.response.directives ?? []) {
    const d = directive as {
      type?: string;
      name?: string;
      token?: string;
      payload?: { permissionScopes?: { permissionScope?: string }[] };
    };
    const scope = d.payload?.permissionScopes?.[0]?.permissionScope;
    if (d.type === 'Connections.SendRequest' && d.name === 'AskFor' && scope)
      return { scope, token: d.token ?? '' };
  }
  return undefined;
}

/** Alexa's answer to an AskFor permission request. */
export function connectionsResponse(
  timestamp: string,
  token: string,
  scope: string,
  status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED',
): Request {
  return {
    type: 'Connections.Response',
    ...base(timestamp, 'en-US'),
    name: 'AskFor',
    status: { code: '200', message: 'OK' },
    payload: { permissionScope: scope, status },
    token,
  } as unknown as Request;
}

/** An event Alexa sends outside any session, such as `AlexaSkillEvent.SkillDisabled`. */
export function skillEvent(timestamp: string, type: string, body?: Record<string, unknown>): Request {
  return {
    type,
    ...base(timestamp, 'en-US'),
    eventCreationTime: timestamp,
    eventPublishingTime: timestamp,
    ...(body && { body }),
  } as unknown as Request;
}

function slot(name: string, input: SlotInput): Slot {
  if (typeof input === 'string') return { name, value: input, confirmationStatus: 'NONE' };
  const resolution: slu.entityresolution.Resolution = input.id
    ? {
        authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${name}`,
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: input.value, id: input.id } }],
      }
    : {
        authority: `amzn1.er-authority.echo-sdk.${TEST_SKILL_ID}.${name}`,
        status: { code: 'ER_SUCCESS_NO_MATCH' },
        values: [],
      };
  return {
    name,
    value: input.value,
    confirmationStatus: 'NONE',
    resolutions: { resolutionsPerAuthority: [resolution] },
  };
}

/** An APL touch event, as a device sends it when a `SendEvent` command runs. */
export function userEvent(timestamp: string, token: string, args: readonly unknown[]): Request {
  return {
    type: 'Alexa.Presentation.APL.UserEvent',
    ...base(timestamp, 'en-US'),
    token,
    arguments: [...args],
    source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    components: {},
  };
}

/** What a response does to the screen: draws a document, or runs commands on the one shown. */
export type ScreenChange =
  | { readonly kind: 'render'; readonly token: string; readonly document: unknown; readonly data: unknown }
  | { readonly kind: 'commands'; readonly token: string; readonly commands: readonly unknown[] };

export function screenChangeOf(heard: Heard): ScreenChange | undefined {
  for (const directive of heard.envelope.response.directives ?? []) {
    if (directive.type === 'Alexa.Presentation.APL.RenderDocument')
      return {
        kind: 'render',
        token: directive.token ?? '',
        document: directive.document,
        data: (directive.datasources as { screen?: unknown } | undefined)?.screen,
      };
    if (directive.type === 'Alexa.Presentation.APL.ExecuteCommands')
      return { kind: 'commands', token: directive.token, commands: directive.commands };
  }
  return undefined;
}

/** The APL document a device shows, with the values commands have set on it since. */
export interface OnScreen extends Presented {
  readonly document: unknown;
  readonly data: unknown;
  /** `SetValue` properties by component id. */
  readonly values: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** The screen after a response: drawn afresh, changed by commands, or as it was. */
export function nextScreen(
  before: OnScreen | undefined,
  change: ScreenChange | undefined,
): OnScreen | undefined {
  if (!change) return before;
  if (change.kind === 'render')
    return { token: change.token, document: change.document, data: change.data, values: {} };
  if (before?.token !== change.token) return before;
  const values = { ...before.values };
  for (const command of change.commands) {
    const c = command as { type?: string; componentId?: string; property?: string; value?: unknown };
    if (c.type !== 'SetValue' || c.componentId === undefined || c.property === undefined) continue;
    values[c.componentId] = { ...values[c.componentId], [c.property]: c.value };
  }
  return { ...before, values };
}

/** What Alexa would do with a response: the words, and whether the session goes on. */
export interface Heard {
  readonly ssml: string;
  readonly speech: string;
  readonly reprompt: string | undefined;
  readonly sessionEnded: boolean;
  readonly envelope: ResponseEnvelope;
}

export function hear(response: ResponseEnvelope): Heard {
  const speech = response.response.outputSpeech;
  const ssml = speech?.type === 'SSML' ? speech.ssml : (speech?.text ?? '');
  const reprompt = response.response.reprompt?.outputSpeech;
  const repromptSsml = reprompt?.type === 'SSML' ? reprompt.ssml : reprompt?.text;
  return {
    ssml,
    speech: plainText(ssml),
    reprompt: repromptSsml === undefined ? undefined : plainText(repromptSsml),
    sessionEnded: response.response.shouldEndSession !== false,
    envelope: response,
  };
}

export type Invoke = (event: RequestEnvelope, context?: unknown) => Promise<ResponseEnvelope>;

/**
 * One user talking to the skill over several sessions. Each call is one turn; the clock
 * gives each request's timestamp.
 */
export class Conversation {
  private session: SessionInfo | undefined;
  /** What the device's screen shows, if it has one and the skill drew on it. */
  screen: OnScreen | undefined;

  constructor(
    private readonly invoke: Invoke,
    public device: Device,
    private readonly clock: () => Date,
  ) {}

  /** Grants a permission scope, as accepting Alexa's permission prompt does. */
  grant(scope: string): void {
    this.device = { ...this.device, permissions: [...(this.device.permissions ?? []), scope] };
  }

  /**
   * Answers the permission request the last response made (a `Connections.SendRequest`
   * AskFor), as Alexa does after asking the user: accepted grants the scope first.
   */
  answerPermission(heard: Heard, status: 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED'): Promise<Heard> {
    const ask = permissionRequestOf(heard);
    if (!ask) throw new Error('The response asked for no permission');
    if (status === 'ACCEPTED') this.grant(ask.scope);
    return this.send(connectionsResponse(this.timestamp(), ask.token, ask.scope, status));
  }

  launch(): Promise<Heard> {
    this.session = newSession();
    return this.send(launchRequest(this.timestamp()));
  }

  intent(name: string, slots: Readonly<Record<string, SlotInput>> = {}): Promise<Heard> {
    return this.send(intentRequest(this.timestamp(), name, slots, this.device.locale));
  }

  /** Presses a button on the screen: the `SendEvent` arguments a touch on it would send. */
  touch(...args: readonly unknown[]): Promise<Heard> {
    if (!this.screen) throw new Error('Nothing on screen to touch');
    return this.send(userEvent(this.timestamp(), this.screen.token, args));
  }

  /** Ends the current session, as leaving the skill does; the screen goes back home. */
  async end(): Promise<void> {
    this.screen = undefined;
    if (!this.session) return;
    await this.send(sessionEndedRequest(this.timestamp()));
    this.session = undefined;
  }

  get inSession(): boolean {
    return this.session !== undefined;
  }

  async send(request: Request): Promise<Heard> {
    const session = this.session ?? newSession();
    const shown = this.device.display ? this.screen : undefined;
    const response = await this.invoke(envelope(this.device, request, session, shown));
    const heard = hear(response);
    if (this.device.display) this.screen = nextScreen(this.screen, screenChangeOf(heard));
    this.session =
      heard.sessionEnded || request.type === 'SessionEndedRequest'
        ? undefined
        : { sessionId: session.sessionId, isNew: false, attributes: response.sessionAttributes ?? {} };
    return heard;
  }

  private timestamp(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z');
  }
}
