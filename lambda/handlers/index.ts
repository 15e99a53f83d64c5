import type { RequestHandler } from 'ask-sdk-core';
import { canFulfillHandler } from './can-fulfill';
import { canIUseHandler } from './can-i-use';
import { cancelOintmentRemindersHandler } from './cancel-ointment-reminders';
import { connectionsResponseHandler } from './connections-response';
import { deleteMyDataHandler } from './delete-my-data';
import { exitHandler } from './exit';
import { fallbackHandler } from './fallback';
import { foreignSkillHandler } from './foreign-skill';
import { helpHandler } from './help';
import { launchHandler } from './launch';
import { listOintmentRemindersHandler } from './list-ointment-reminders';
import { logOintmentHandler } from './log-ointment';
import { noHandler } from './no';
import { numbingHandler } from './numbing';
import { ointmentLogQueryHandler } from './ointment-log-query';
import { procedureGuideHandler } from './procedure-guide';
import { recoveryStatusHandler } from './recovery-status';
import { repeatHandler } from './repeat';
import { routineNextHandler } from './routine-next';
import { routinePauseHandler } from './routine-pause';
import { routinePreviousHandler } from './routine-previous';
import { routineResumeHandler } from './routine-resume';
import { routineStartOverHandler } from './routine-start-over';
import { setRoutineTimerHandler } from './routine-timer';
import { sessionEndedHandler } from './session-ended';
import { setNeedlingTypeHandler } from './set-needling-type';
import { setOintmentRemindersHandler } from './set-ointment-reminders';
import { setProcedureDateHandler } from './set-procedure-date';
import { otherSkillEventsHandler, skillDisabledHandler } from './skill-events';
import { startRinseRoutineHandler } from './start-rinse-routine';
import { symptomCheckHandler } from './symptom-check';
import { touchHandler } from './touch';
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
  startRinseRoutineHandler,
  routineNextHandler,
  routinePreviousHandler,
  routineStartOverHandler,
  routinePauseHandler,
  routineResumeHandler,
  setRoutineTimerHandler,
  touchHandler,
  setOintmentRemindersHandler,
  cancelOintmentRemindersHandler,
  listOintmentRemindersHandler,
  logOintmentHandler,
  ointmentLogQueryHandler,
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
