/**
 * A real DynamoDB-compatible server (dynalite) in this process, on loopback, with the
 * skill's table created. Used by the tests, the console and the benchmark.
 */
import { CreateTableCommand, DynamoDBClient, ResourceInUseException } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalDynamo {
  /** `http://127.0.0.1:PORT`, for `AWS_ENDPOINT_URL_DYNAMODB`. */
  readonly endpoint: string;
  /** Every operation served, in order (`GetItem`, `UpdateItem`, ...). */
  readonly operations: string[];
  close(): Promise<void>;
}

/** Starts dynalite; with `path`, data is kept on disk there across restarts. */
export async function startLocalDynamo(options: { path?: string; port?: number } = {}): Promise<LocalDynamo> {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(options.path && { path: options.path }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const operations: string[] = [];
  server.on('request', (req: IncomingMessage) => {
    const target = req.headers['x-amz-target'];
    if (typeof target === 'string') operations.push(target.replace(/^DynamoDB_\d+\./, ''));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    operations,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** Local credentials and region: dynalite accepts any. */
export const LOCAL_AWS_ENV = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'local',
  AWS_SECRET_ACCESS_KEY: 'local',
} as const;

/** Creates the skill's table (partition key `pk`, string) unless it exists. */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_AWS_ENV.AWS_REGION,
    credentials: {
      accessKeyId: LOCAL_AWS_ENV.AWS_ACCESS_KEY_ID,
      secretAccessKey: LOCAL_AWS_ENV.AWS_SECRET_ACCESS_KEY,
    },
  });
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
  } finally {
    client.destroy();
  }
}
