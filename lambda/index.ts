/**
 * The Lambda entry point. The skill and its clients are built on the first request and
 * reused for the life of the container.
 */
import type { Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from './config';
import { createLogger } from './logger';
import { ZoneCache } from './alexa/zone-cache';
import { createSkill } from './skill/skill';
import { ZONE_TTL_MS } from './skill/turn';
import { AccountStore } from './store/account-store';
import { createDynamoClient } from './store/dynamo-client';

let skill: Skill | undefined;

/** Builds the skill and its clients from the environment; the handler does this once. */
export function buildSkill(env: NodeJS.ProcessEnv = process.env): Skill {
  const config = loadConfig(env);
  const store = new AccountStore(createDynamoClient(config), config.tableName, config.storeTimeoutMs);
  return createSkill({
    config,
    store,
    log: createLogger(config.logLevel),
    zones: new ZoneCache(ZONE_TTL_MS),
  });
}

/** Handles one Alexa request. */
export const handler = async (event: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> => {
  skill ??= buildSkill();
  return skill.invoke(event, context);
};
