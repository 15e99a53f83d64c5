import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Config } from '../config';

/**
 * The DynamoDB client, with connection and request timeouts that fit a turn inside Alexa's
 * 8 seconds. The endpoint comes from the SDK's own settings (`AWS_ENDPOINT_URL_DYNAMODB`
 * for a local server), the region and credentials from the Lambda environment.
 */
export function createDynamoClient(config: Config): DynamoDBClient {
  return new DynamoDBClient({
    maxAttempts: 2,
    requestHandler: {
      connectionTimeout: Math.min(500, config.storeTimeoutMs),
      requestTimeout: config.storeTimeoutMs,
    },
  });
}
