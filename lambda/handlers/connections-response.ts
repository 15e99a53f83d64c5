import type { RequestHandler } from 'ask-sdk-core';
import { logName } from '../logger';
import { reply } from '../skill/reply';
import { Turn } from '../skill/turn';

/**
 * The answer to a permission or purchase request the skill did not make, or no longer waits
 * on: say so kindly and carry on with the conversation.
 */
export const connectionsResponseHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
  handle(input) {
    const request = input.requestEnvelope.request as { name?: unknown; status?: { code?: unknown } };
    Turn.of(input).log.info('connections response not waited on', {
      name: logName(request.name),
      status: logName(request.status?.code),
    });
    return reply(input, {
      speech: 'Thanks. What would you like to know? You can ask what to do today.',
      reprompt: 'What would you like to know?',
    });
  },
};
