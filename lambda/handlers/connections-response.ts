import type { RequestHandler } from 'ask-sdk-core';
import { loose } from '../alexa/envelope';
import { logName } from '../logger';
import { reply } from '../skill/reply';
import { Turn } from '../skill/turn';
import { reminderPermissionAnswered, REMINDERS_TOKEN_PREFIX } from './set-ointment-reminders';
import { TIMER_TOKEN_PREFIX, timerPermissionAnswered } from './routine-timer';

/**
 * Alexa's answer to a permission the skill asked for by voice: the token says what was
 * waiting on it. Anything else gets a kind prompt.
 */
export const connectionsResponseHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'Connections.Response',
  handle(input) {
    const turn = Turn.of(input);
    const request = loose(input.requestEnvelope).request as {
      name?: unknown;
      token?: unknown;
      status?: { code?: unknown };
      payload?: { status?: unknown };
    };
    const token = typeof request.token === 'string' ? request.token : '';
    const accepted = request.payload?.status === 'ACCEPTED';
    turn.log.info('permission answered', {
      name: logName(request.name),
      status: logName(request.payload?.status),
    });
    if (request.name === 'AskFor' && token.startsWith(TIMER_TOKEN_PREFIX)) {
      const answered = timerPermissionAnswered(input, turn, accepted, token);
      if (answered) return answered;
    }
    if (request.name === 'AskFor' && token.startsWith(REMINDERS_TOKEN_PREFIX)) {
      return reminderPermissionAnswered(input, turn, accepted, token);
    }
    return reply(input, {
      speech: 'Thanks. What would you like to know? You can ask what to do today.',
      reprompt: 'What would you like to know?',
    });
  },
};
