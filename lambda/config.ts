import { IANAZone } from 'luxon';
import { ConfigError } from './errors';

/** The skill's settings, read once from the environment. */
export interface Config {
  /** DynamoDB table holding one record per account (`TABLE_NAME`). */
  readonly tableName: string;
  /** When set, requests for any other skill are refused (`SKILL_ID`). */
  readonly skillId: string | undefined;
  /** Zone used when the Alexa settings API gives none and none is cached (`DEFAULT_TIME_ZONE`). */
  readonly defaultTimeZone: string;
  /** Budget for one store call, retries included (`STORE_TIMEOUT_MS`). */
  readonly storeTimeoutMs: number;
  /**
   * Time after which a turn's store calls are cut short, whatever each has left, so the
   * answer comes well inside Alexa's 8 seconds (`TURN_BUDGET_MS`).
   */
  readonly turnBudgetMs: number;
  /** Budget for one Alexa API call (`ALEXA_API_TIMEOUT_MS`). */
  readonly alexaApiTimeoutMs: number;
  /**
   * A local DynamoDB-compatible endpoint, from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB`;
   * read here so a skill built from a given environment uses that environment's store.
   */
  readonly storeEndpoint: string | undefined;
  /** `debug`, `info`, `warn`, `error` or `silent` (`LOG_LEVEL`). */
  readonly logLevel: LogLevel;
}

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Reads the settings from `env`, failing with a `ConfigError` that names the first bad one.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = setting(env, 'TABLE_NAME');
  if (!tableName)
    throw new ConfigError('TABLE_NAME is not set: name the DynamoDB table that holds the records.');

  const defaultTimeZone = setting(env, 'DEFAULT_TIME_ZONE') ?? 'America/New_York';
  if (!IANAZone.isValidZone(defaultTimeZone)) {
    throw new ConfigError(
      `DEFAULT_TIME_ZONE "${defaultTimeZone}" is not an IANA time zone, such as Europe/Berlin.`,
    );
  }

  const logLevel = setting(env, 'LOG_LEVEL') ?? 'info';
  if (!isLogLevel(logLevel)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);

  return {
    tableName,
    skillId: setting(env, 'SKILL_ID'),
    defaultTimeZone,
    storeTimeoutMs: milliseconds(env, 'STORE_TIMEOUT_MS', 1500),
    alexaApiTimeoutMs: milliseconds(env, 'ALEXA_API_TIMEOUT_MS', 1000),
    turnBudgetMs: milliseconds(env, 'TURN_BUDGET_MS', 3000),
    storeEndpoint: setting(env, 'AWS_ENDPOINT_URL_DYNAMODB'),
    logLevel,
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = setting(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new ConfigError(`${name} must be a whole number of milliseconds.`);
  return value;
}

/** A variable's trimmed value; unset and blank are the same. */
function setting(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}
