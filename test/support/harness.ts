/**
 * Starts what the skill talks to (dynalite and the Alexa API stub, both on loopback), points
 * the environment at them, and drives the real entry point, `handler` from lambda/index.
 */
import { DynamoDBClient, GetItemCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { createHash, randomUUID } from 'node:crypto';
import { AlexaApiStub } from '../../dev/alexa-api-stub';
import { Conversation, type Device, type Invoke } from '../../dev/envelope';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo, type LocalDynamo } from '../../dev/local-dynamo';
// The handler reads the environment on its first call, after startHarness has set it.
import { handler } from '../../lambda/index';

export interface Harness {
  readonly dynamo: LocalDynamo;
  readonly api: AlexaApiStub;
  readonly tableName: string;
  /** The Lambda handler, built from the environment on its first call. */
  readonly invoke: Invoke;
  /** The time every request is stamped with; tests move it. */
  now: Date;
  /** A conversation for a user; each call gets a new user unless `userId` is given. */
  conversation(device?: Partial<Device>): Conversation;
  /** Store operations since the last call. */
  takeOperations(): string[];
  /** The stored item of an Alexa user ID, read straight from the table. */
  item(userId: string): Promise<Record<string, AttributeValue> | undefined>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const [dynamo, api] = await Promise.all([startLocalDynamo(), AlexaApiStub.start()]);
  const tableName = `aftercare-test-${randomUUID().slice(0, 8)}`;
  await ensureTable(dynamo.endpoint, tableName);
  Object.assign(process.env, LOCAL_AWS_ENV, {
    TABLE_NAME: tableName,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    LOG_LEVEL: 'silent',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...env,
  });
  let seen = dynamo.operations.length;
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: LOCAL_AWS_ENV.AWS_REGION,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const harness: Harness = {
    dynamo,
    api,
    tableName,
    invoke: handler,
    now: new Date('2026-11-24T15:00:00Z'),
    conversation: (device = {}) =>
      new Conversation(
        handler,
        { userId: `amzn1.ask.account.${randomUUID()}`, apiEndpoint: api.endpoint, ...device },
        () => harness.now,
      ),
    takeOperations: () => {
      const taken = dynamo.operations.slice(seen);
      seen = dynamo.operations.length;
      return taken;
    },
    item: async (userId) => {
      const pk = `account#${createHash('sha256').update(userId).digest('base64url')}`;
      const { Item } = await client.send(
        new GetItemCommand({ TableName: tableName, Key: { pk: { S: pk } }, ConsistentRead: true }),
      );
      return Item;
    },
    close: async () => {
      client.destroy();
      await Promise.all([dynamo.close(), api.close()]);
    },
  };
  return harness;
}
