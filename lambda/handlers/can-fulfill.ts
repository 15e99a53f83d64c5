import type { RequestHandler } from 'ask-sdk-core';
import type { canfulfill } from 'ask-sdk-model';

/**
 * Intents Alexa may route to this skill without its name ("name-free"), with the slots each
 * reads. The others are left out on purpose (see NOT_NAME_FREE).
 */
export const NAME_FREE_INTENTS: Readonly<Record<string, readonly string[]>> = {
  SetProcedureDateIntent: ['procedureDate'],
  SetNeedlingTypeIntent: ['needlingType'],
  WhatToDoTodayIntent: [],
  RecoveryStatusIntent: [],
  WhatsNextIntent: [],
  CanIUseIntent: ['product'],
  WhenCanIUseIntent: ['product'],
  SymptomCheckIntent: ['symptom'],
  ProcedureGuideIntent: [],
  NumbingIntent: [],
  StartRinseRoutineIntent: ['routineStage'],
  SetOintmentRemindersIntent: ['frequency', 'time', 'secondTime', 'thirdTime', 'untilDate'],
  LogOintmentIntent: [],
};

/** Custom intents never claimed name-free, and why. */
export const NOT_NAME_FREE: Readonly<Record<string, string>> = {
  DeleteMyDataIntent: 'deleting data should only happen when asked of Aftercare by name',
  StepDoneIntent: '"done" and "okay" mean something only inside a routine',
  CancelOintmentRemindersIntent: '"cancel my reminders" may be about any reminders',
  ListOintmentRemindersIntent: '"what reminders do I have" may be about any reminders',
  OintmentLogQueryIntent: '"how many times today" is too general to claim',
  SetRoutineTimerIntent: 'timers belong to the routine; Alexa sets other timers itself',
};

/** Slots of Alexa's own types, which Alexa has already resolved when it sends them. */
const BUILT_IN_SLOTS = new Set(['procedureDate', 'time', 'secondTime', 'thirdTime', 'untilDate']);

/**
 * Answers "could you handle this?" without reading or writing anything: yes for the skill's
 * own intents when every slot given is one it knows, no otherwise.
 */
export const canFulfillHandler: RequestHandler = {
  canHandle: (input) => input.requestEnvelope.request.type === 'CanFulfillIntentRequest',
  handle(input) {
    const request = input.requestEnvelope.request as Partial<canfulfill.CanFulfillIntentRequest>;
    const intentName = request.intent?.name;
    const readable = intentName === undefined ? undefined : NAME_FREE_INTENTS[intentName];
    if (!readable) return input.responseBuilder.withCanFulfillIntent({ canFulfill: 'NO' }).getResponse();
    const slots: Record<string, canfulfill.CanFulfillSlot> = {};
    for (const [name, slot] of Object.entries(request.intent?.slots ?? {})) {
      if (typeof slot.value !== 'string' || slot.value === '') continue;
      const known =
        readable.includes(name) &&
        (BUILT_IN_SLOTS.has(name) ||
          (slot.resolutions?.resolutionsPerAuthority ?? []).some(
            (a) => a.status.code === 'ER_SUCCESS_MATCH',
          ));
      slots[name] = known
        ? { canUnderstand: 'YES', canFulfill: 'YES' }
        : { canUnderstand: 'NO', canFulfill: 'NO' };
    }
    const canFulfill = Object.values(slots).every((s) => s.canFulfill === 'YES') ? 'YES' : 'NO';
    return input.responseBuilder.withCanFulfillIntent({ canFulfill, slots }).getResponse();
  },
};
