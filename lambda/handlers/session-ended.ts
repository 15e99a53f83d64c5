import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { logName } from '../logger';
import { Turn } from '../skill/turn';

/** The session closed; nothing may be said. Errors reported by Alexa are logged. */
export const sessionEndedHandler: RequestHandler = {
  canHandle: (input) => getRequestType(input.requestEnvelope) === 'SessionEndedRequest',
  handle(input) {
    const request = input.requestEnvelope.request;
    if (request.type === 'SessionEndedRequest' && request.reason === 'ERROR') {
      Turn.of(input).log.warn('session ended with an error', { errorType: logName(request.error?.type) });
    }
    return input.responseBuilder.getResponse();
  },
};
