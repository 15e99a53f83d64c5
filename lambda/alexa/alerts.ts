/**
 * Alexa's timers and reminders: whether the user has allowed them, asking by voice when not,
 * and the calls that create and delete them. Every call goes through the SDK's service
 * clients, which reach the request's `apiEndpoint` with its access token.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response, services } from 'ask-sdk-model';
import { loose } from './envelope';

export const TIMERS_SCOPE = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_SCOPE = 'alexa::alerts:reminders:skill:readwrite';
export type AlertScope = typeof TIMERS_SCOPE | typeof REMINDERS_SCOPE;

/** How an alerts call failed: not allowed (401), not possible here (403), or anything else. */
export type AlertFailure = 'unauthorized' | 'forbidden' | 'unavailable';

/** A timers or reminders call failed; `failure` says how, for the spoken answer. */
export class AlertsError extends Error {
  override readonly name = 'AlertsError';

  constructor(
    readonly failure: AlertFailure,
    options?: { cause?: unknown },
  ) {
    super(`The Alexa alerts API call failed: ${failure}`, options);
  }
}

/** Whether the request says the user granted `scope`. */
export function hasPermission(input: HandlerInput, scope: AlertScope): boolean {
  const scopes = loose(input.requestEnvelope).context?.System?.user?.permissions?.scopes;
  return scopes?.[scope]?.status === 'GRANTED';
}

/**
 * Hands the turn to Alexa to ask for `scope` by voice. Alexa says the question; the answer
 * comes back as a `Connections.Response` carrying `token`.
 */
export function askForPermission(input: HandlerInput, scope: AlertScope, token: string): Response {
  return input.responseBuilder
    .addDirective({
      type: 'Connections.SendRequest',
      name: 'AskFor',
      payload: {
        '@type': 'AskForPermissionsConsentRequest',
        '@version': '2',
        permissionScopes: [{ permissionScope: scope, consentLevel: 'ACCOUNT' }],
      },
      token,
    })
    .getResponse();
}

/** Starts a visible timer that announces `text` when it ends. */
export async function createTimer(
  input: HandlerInput,
  minutes: number,
  label: string,
  text: string,
): Promise<void> {
  const request: services.timerManagement.TimerRequest = {
    duration: `PT${String(minutes)}M`,
    timerLabel: label,
    creationBehavior: { displayExperience: { visibility: 'VISIBLE' } },
    triggeringBehavior: {
      operation: { type: 'ANNOUNCE', textToAnnounce: [{ locale: localeOf(input), text }] },
      notificationConfig: { playAudible: true },
    },
  };
  await call(() => clients(input).getTimerManagementServiceClient().createTimer(request));
}

/** Creates a reminder and returns its alert token. */
export async function createReminder(
  input: HandlerInput,
  request: services.reminderManagement.ReminderRequest,
): Promise<string> {
  const response = await call(() =>
    clients(input).getReminderManagementServiceClient().createReminder(request),
  );
  if (!response.alertToken) throw new AlertsError('unavailable');
  return response.alertToken;
}

/** A reminder that fires daily at `time` (local `HH:mm`) from `start` to the end of `until`. */
export function dailyReminderRequest(options: {
  readonly time: string;
  readonly start: string;
  readonly until: string;
  readonly zone: string;
  readonly locale: string;
  readonly text: string;
}): services.reminderManagement.ReminderRequest {
  const [hour = '0', minute = '0'] = options.time.split(':');
  return {
    requestTime: options.start,
    trigger: {
      type: 'SCHEDULED_ABSOLUTE',
      timeZoneId: options.zone,
      recurrence: {
        startDateTime: options.start,
        endDateTime: `${options.until}T23:59:00.000`,
        recurrenceRules: [
          `FREQ=DAILY;BYHOUR=${String(Number(hour))};BYMINUTE=${String(Number(minute))};BYSECOND=0`,
        ],
      },
    },
    alertInfo: { spokenInfo: { content: [{ locale: options.locale, text: options.text }] } },
    pushNotification: { status: 'ENABLED' },
  };
}

/** Deletes a reminder; one that is already gone counts as deleted. */
export async function deleteReminder(input: HandlerInput, alertToken: string): Promise<void> {
  try {
    await call(() => clients(input).getReminderManagementServiceClient().deleteReminder(alertToken));
  } catch (error) {
    if (!(error instanceof AlertsError && error.cause !== undefined && statusOf(error.cause) === 404))
      throw error;
  }
}

export function localeOf(input: HandlerInput): string {
  const locale = loose(input.requestEnvelope).request?.locale;
  return typeof locale === 'string' && /^[a-z]{2}-[A-Z]{2}$/.test(locale) ? locale : 'en-US';
}

function clients(input: HandlerInput) {
  const factory = input.serviceClientFactory;
  if (!factory) throw new AlertsError('unavailable');
  return factory;
}

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AlertsError) throw error;
    const status = statusOf(error);
    throw new AlertsError(status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'unavailable', {
      cause: error,
    });
  }
}

/** The HTTP status the SDK's service clients attach to a failed call. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
