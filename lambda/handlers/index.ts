import type { RequestHandler } from 'ask-sdk-core';
import { canFulfillHandler } from './can-fulfill';
import { canIUseHandler } from './can-i-use';
import { connectionsResponseHandler } from './connections-response';
import { deleteMyDataHandler } from './delete-my-data';
import { exitHandler } from './exit';
import { fallbackHandler } from './fallback';
import { foreignSkillHandler } from './foreign-skill';
import { helpHandler } from './help';
import { launchHandler } from './launch';
import { noHandler } from './no';
import { numbingHandler } from './numbing';
import { procedureGuideHandler } from './procedure-guide';
import { recoveryStatusHandler } from './recovery-status';
import { repeatHandler } from './repeat';
import { sessionEndedHandler } from './session-ended';
import { setNeedlingTypeHandler } from './set-needling-type';
import { otherSkillEventsHandler, skillDisabledHandler } from './skill-events';
import { setProcedureDateHandler } from './set-procedure-date';
import { symptomCheckHandler } from './symptom-check';
import { unhandledHandler } from './unhandled';
import { whatToDoTodayHandler } from './what-to-do-today';
import { whatsNextHandler } from './whats-next';
import { whenCanIUseHandler } from './when-can-i-use';
import { yesHandler } from './yes';

export { errorHandler } from './error-handler';

/** The skill's handlers in the order they are tried: guard first, specific next, catch-all last. */
export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  foreignSkillHandler,
  canFulfillHandler,
  launchHandler,
  setProcedureDateHandler,
  setNeedlingTypeHandler,
  whatToDoTodayHandler,
  recoveryStatusHandler,
  whatsNextHandler,
  canIUseHandler,
  whenCanIUseHandler,
  symptomCheckHandler,
  procedureGuideHandler,
  numbingHandler,
  deleteMyDataHandler,
  yesHandler,
  noHandler,
  repeatHandler,
  helpHandler,
  exitHandler,
  fallbackHandler,
  connectionsResponseHandler,
  sessionEndedHandler,
  skillDisabledHandler,
  otherSkillEventsHandler,
  unhandledHandler,
];
