import { getRequestType, type HandlerInput, type RequestHandler } from 'ask-sdk-core';
import { loose } from '../alexa/envelope';
import { ROUTINE_TOKEN_PREFIX } from '../screens/routine-data';
import { repeatHandler } from './repeat';
import { routineNextHandler } from './routine-next';
import { routinePreviousHandler } from './routine-previous';

/** The routine screen's buttons, each handled by the intent it stands for. */
const BUTTONS = {
  next: routineNextHandler,
  previous: routinePreviousHandler,
  repeat: repeatHandler,
} as const satisfies Record<string, RequestHandler>;

type Button = keyof typeof BUTTONS;

/** The `SendEvent` arguments the routine screen's buttons may send. */
export const BUTTON_ACTIONS = Object.keys(BUTTONS) as readonly Button[];

/** The button a touch event from the routine screen pressed, if it is one of ours. */
function buttonOf(input: HandlerInput): Button | undefined {
  const request = loose(input.requestEnvelope).request;
  if (getRequestType(input.requestEnvelope) !== 'Alexa.Presentation.APL.UserEvent') return undefined;
  const { token, arguments: args } = request as { token?: unknown; arguments?: unknown };
  if (typeof token !== 'string' || !token.startsWith(ROUTINE_TOKEN_PREFIX)) return undefined;
  const [action] = Array.isArray(args) ? (args as unknown[]) : [];
  return typeof action === 'string' && Object.hasOwn(BUTTONS, action) ? (action as Button) : undefined;
}

/** Back, Repeat and Next on the routine screen do exactly what saying them does. */
export const touchHandler: RequestHandler = {
  canHandle: (input) => buttonOf(input) !== undefined,
  handle(input) {
    const button = buttonOf(input);
    if (!button) throw new Error('touchHandler handled a request it cannot handle');
    return BUTTONS[button].handle(input);
  },
};
