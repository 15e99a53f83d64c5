/**
 * The local console: the skill in this process against an embedded dynalite that keeps its
 * data under .data/, with a loopback stub of the Alexa API. Type what you would say; it
 * prints what Alexa would say. Works from a pipe too.
 *
 *   npm start -- [--now 2026-11-27] [--tz Europe/Berlin] [--user NAME] [--person NAME] [--intents]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DateTime, IANAZone } from 'luxon';
import { AlexaApiStub } from './alexa-api-stub';
import { Conversation, type Heard } from './envelope';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo } from './local-dynamo';
import { loadModel, Nlu } from './nlu';
import { handler } from '../lambda/index';

const TABLE_NAME = 'aftercare-local';

async function main(): Promise<void> {
  // The AWS SDK warns about Node 20 on every client; it is harmless here.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const { values } = parseArgs({
    options: {
      now: { type: 'string' },
      tz: { type: 'string' },
      user: { type: 'string', default: 'local-user' },
      person: { type: 'string' },
      intents: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm start -- [--now 2026-11-27] [--tz Europe/Berlin] [--user NAME] [--person NAME] [--intents]',
    );
    return;
  }
  const zone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!IANAZone.isValidZone(zone))
    throw new Error(`--tz ${zone} is not an IANA time zone, such as Europe/Berlin`);
  const clock = startClock(values.now, zone);

  const dataDir = join(__dirname, '..', '.data', 'dynamo');
  mkdirSync(dataDir, { recursive: true });
  const dynamo = await startLocalDynamo({ path: dataDir });
  await ensureTable(dynamo.endpoint, TABLE_NAME);
  const api = await AlexaApiStub.start();
  api.zones.set('*', zone);
  Object.assign(process.env, LOCAL_AWS_ENV, {
    TABLE_NAME,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    DEFAULT_TIME_ZONE: zone,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  });

  const nlu = new Nlu(loadModel());
  const conversation = new Conversation(
    handler,
    {
      userId: `amzn1.ask.account.${values.user}`,
      ...(values.person && { personId: `amzn1.ask.person.${values.person}` }),
      apiEndpoint: api.endpoint,
    },
    clock,
  );
  const piped = !process.stdin.isTTY;
  const today = DateTime.fromJSDate(clock(), { zone }).toFormat('cccc, LLLL d, yyyy, HH:mm');
  console.log(`Aftercare console: ${today} in ${zone}. Data in .data/. Ctrl-D to quit.`);
  if (!piped)
    console.log('Try: "open needling aftercare", "I had my needling yesterday", "what should I do today".');

  const lines = createInterface({
    input: process.stdin,
    ...(!piped && { output: process.stdout, prompt: 'You: ' }),
  });
  if (!piped) lines.prompt();
  for await (const line of lines) {
    const text = line.trim();
    if (text !== '') {
      if (piped) console.log(`You: ${text}`);
      const understood = nlu.understand(text, clock(), zone);
      const heard =
        understood.kind === 'launch'
          ? await conversation.launch()
          : await conversation.intent(understood.name, understood.slots);
      if (values.intents)
        console.log(`  [${understood.kind === 'launch' ? 'LaunchRequest' : understood.name}]`);
      print(heard);
    }
    if (!piped) lines.prompt();
  }
  await conversation.end();
  await Promise.all([dynamo.close(), api.close()]);
}

/** Request timestamps: the real clock, or `--now` moved on as real time passes. */
function startClock(now: string | undefined, zone: string): () => Date {
  if (now === undefined) return () => new Date();
  const start = /^\d{4}-\d{2}-\d{2}$/.test(now)
    ? DateTime.fromISO(`${now}T10:00`, { zone })
    : DateTime.fromISO(now, { zone });
  if (!start.isValid) throw new Error(`--now ${now} is not a date, such as 2026-11-27`);
  const offset = start.toMillis() - Date.now();
  return () => new Date(Date.now() + offset);
}

function print(heard: Heard): void {
  console.log(`Alexa: ${heard.speech}`);
  if (heard.sessionEnded) console.log('  (session ended)');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
