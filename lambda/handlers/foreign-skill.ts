import type { RequestHandler } from 'ask-sdk-core';
import { loose } from '../alexa/envelope';
import { Turn } from '../skill/turn';

/**
 * Refuses requests meant for another skill when `SKILL_ID` is set. First in the list, it
 * answers before anything reads or writes the store.
 */
export const foreignSkillHandler: RequestHandler = {
  canHandle(input) {
    const expected = Turn.of(input).deps.config.skillId;
    const applicationId = loose(input.requestEnvelope).context?.System?.application?.applicationId;
    return expected !== undefined && applicationId !== expected;
  },
  handle(input) {
    Turn.of(input).log.warn('request for another skill refused');
    return input.responseBuilder
      .speak('Sorry, this request was meant for a different skill.')
      .withShouldEndSession(true)
      .getResponse();
  },
};
