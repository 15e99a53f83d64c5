import { helpAnswer } from '../speech/answers';
import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';

export const helpHandler = intentHandler(['AMAZON.HelpIntent'], (input) =>
  reply(input, { speech: helpAnswer(), reprompt: 'What would you like to know?' }),
);
