import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { helpAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';

/** What the skill can do, with the microphone left open. */
export function replyWithHelp(input: HandlerInput): Response {
  return reply(input, { speech: helpAnswer(), reprompt: 'What would you like to know?' });
}

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], replyWithHelp);
