import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { FetchApiClient } from '../alexa/fetch-api-client';
import { errorHandler, REQUEST_HANDLERS } from '../handlers';
import { Turn, type SkillDeps } from './turn';

/**
 * Builds the skill: one ordered handler list, an interceptor that opens a `Turn` on every
 * request and one that logs how it went, and an API client with deadlines.
 */
export function createSkill(deps: SkillDeps): Skill {
  return SkillBuilders.custom()
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addErrorHandlers(errorHandler)
    .addRequestInterceptors((input) => {
      Turn.begin(input, deps);
    })
    .addResponseInterceptors((input, response) => {
      const turn = Turn.of(input);
      turn.log.info('turn', {
        ms: Math.round(performance.now() - turn.startedAt),
        spoke: response?.outputSpeech !== undefined,
        endsSession: response?.shouldEndSession !== false,
      });
    })
    .withApiClient(new FetchApiClient(deps.config.alexaApiTimeoutMs))
    .withCustomUserAgent('aftercare')
    .create();
}
