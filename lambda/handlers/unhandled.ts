import { getRequestType, type RequestHandler } from 'ask-sdk-core';
import { reply } from '../skill/reply';
import { Turn } from '../skill/turn';

/**
 * Last in the list: any intent the skill does not know gets a spoken pointer to what it can
 * do; any other request type gets an empty, well-formed response.
 */
export const unhandledHandler: RequestHandler = {
  canHandle: () => true,
  handle(input) {
    const type = getRequestType(input.requestEnvelope);
    Turn.of(input).log.info('unhandled request');
    if (type !== 'IntentRequest' && type !== 'LaunchRequest') return input.responseBuilder.getResponse();
    return reply(input, {
      speech:
        'Sorry, I can’t do that yet. You can ask what to do today, or what changes next. What would you like?',
      reprompt: 'What would you like to know?',
    });
  },
};
