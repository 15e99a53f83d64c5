import { intentHandler } from '../skill/intent';
import { reply } from '../skill/reply';

/** Stop, cancel and "go home" all end the session politely. */
export const exitHandler = intentHandler(
  ['AMAZON.StopIntent', 'AMAZON.CancelIntent', 'AMAZON.NavigateHomeIntent'],
  (input) => reply(input, { speech: 'Take care of your skin. Goodbye.', end: true }),
);
