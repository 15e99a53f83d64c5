import { getDeviceId, type HandlerInput } from 'ask-sdk-core';
import { IANAZone } from 'luxon';

/** A time zone lookup failed; `cause` says why. */
export class TimeZoneLookupError extends Error {
  override readonly name = 'TimeZoneLookupError';
}

/**
 * The device's time zone from the Alexa settings API (`System.timeZone`). Needs no
 * permission, only the request's API endpoint and access token.
 */
export async function fetchDeviceTimeZone(input: HandlerInput): Promise<string> {
  const deviceId = getDeviceId(input.requestEnvelope);
  const factory = input.serviceClientFactory;
  if (!deviceId || !factory) throw new TimeZoneLookupError('No device or API access in this request');
  let zone: unknown;
  try {
    zone = await factory.getUpsServiceClient().getSystemTimeZone(deviceId);
  } catch (error) {
    throw new TimeZoneLookupError('The settings API did not give a time zone', { cause: error });
  }
  if (typeof zone !== 'string' || !IANAZone.isValidZone(zone)) {
    throw new TimeZoneLookupError('The settings API gave an unknown time zone');
  }
  return zone;
}
