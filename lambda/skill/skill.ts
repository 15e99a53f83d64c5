import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { FetchApiClient } from '../alexa/fetch-api-client';
import { errorHandler, REQUEST_HANDLERS } from '../handlers';
import { Turn, type SkillDeps } from './turn';

/**
 * Builds the skill: one ordered handler list, an interceptor that opens a `Turn` on every
 * request, and an API client with deadlines.
 */
export function createSkill(deps: SkillDeps): Skill {
  return SkillBuilders.custom()
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addErrorHandlers(errorHandler)
    .addRequestInterceptors((input) => {
      Turn.begin(input, deps);
    })
    .withApiClient(new FetchApiClient(deps.config.alexaApiTimeoutMs))
    .withCustomUserAgent('aftercare')
    .create();
}
