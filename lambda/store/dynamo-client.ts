import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../config';

/**
 * The DynamoDB client, with connection and request timeouts that fit a turn inside Alexa's
 * 8 seconds. A local endpoint comes from `AWS_ENDPOINT_URL_DYNAMODB` (through the config),
 * the region and credentials from the Lambda environment.
 */
export function createDynamoClient(config: Config): DynamoDBClient {
  return new DynamoDBClient({
    ...(config.storeEndpoint && { endpoint: config.storeEndpoint }),
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: Math.min(500, config.storeTimeoutMs),
      requestTimeout: config.storeTimeoutMs,
    },
  });
}
