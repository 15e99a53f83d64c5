/**
 * The local console: the skill in this process against an embedded dynalite that keeps its
 * data under .data/, with a loopback stub of the Alexa API. Type what you would say; it
 * prints what Alexa would say. Works from a pipe too.
 *
 *   npm start -- [--now 2026-11-27] [--tz Europe/Berlin] [--user NAME] [--person NAME] [--intents]
 *                [--grant-reminders] [--grant-timers] [--screen medium|small|large|round|tv] [--save-screens]
 *
 * With --screen, the device has a screen: the console says what each turn draws, "tap next",
 * "tap back" and "tap repeat" press the routine's buttons, and --save-screens writes each
 * screen's document and data to .data/screens/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { DateTime, IANAZone } from 'luxon';
import { AlexaApiStub } from './alexa-api-stub';
import { REMINDERS_SCOPE, TIMERS_SCOPE } from '../lambda/alexa/alerts';
import {
  Conversation,
  DISPLAYS,
  permissionRequestOf,
  screenChangeOf,
  type Display,
  type Heard,
} from './envelope';
import { describeScreen, ScreenLog } from './screen-log';
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
      'grant-reminders': { type: 'boolean', default: false },
      'grant-timers': { type: 'boolean', default: false },
      screen: { type: 'string' },
      'save-screens': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'npm start -- [--now 2026-11-27] [--tz Europe/Berlin] [--user NAME] [--person NAME] [--intents]\n' +
        '             [--grant-reminders] [--grant-timers] [--screen medium|small|large|round|tv] [--save-screens]',
    );
    return;
  }
  const zone = values.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!IANAZone.isValidZone(zone))
    throw new Error(`--tz ${zone} is not an IANA time zone, such as Europe/Berlin`);
  const clock = startClock(values.now, zone);
  const display = values.screen === undefined ? undefined : displayNamed(values.screen);
  const screens = values['save-screens']
    ? new ScreenLog(join(__dirname, '..', '.data', 'screens'))
    : undefined;

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
      ...(display && { display }),
      permissions: [
        ...(values['grant-reminders'] ? [REMINDERS_SCOPE] : []),
        ...(values['grant-timers'] ? [TIMERS_SCOPE] : []),
      ],
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
  /** A permission Alexa is asking the user for, on the skill's behalf. */
  let asking: Heard | undefined;
  for await (const line of lines) {
    const text = line.trim();
    if (text !== '') {
      if (piped) console.log(`You: ${text}`);
      const alerts = { timers: api.timers.length, reminders: api.reminders.size };
      let heard: Heard | undefined;
      const tap = /^(?:tap|touch|press)\s+(next|back|previous|repeat)\b/i.exec(text)?.[1]?.toLowerCase();
      if (tap !== undefined) {
        if (!conversation.screen) console.log('  (there is nothing on screen to tap)');
        else heard = await conversation.touch(tap === 'back' ? 'previous' : tap);
      } else if (asking) {
        const accepted = /^(yes|yeah|yep|sure|ok|okay|i approve|allow)\b/i.test(text);
        if (values.intents) console.log(`  [Connections.Response ${accepted ? 'ACCEPTED' : 'DENIED'}]`);
        heard = await conversation.answerPermission(asking, accepted ? 'ACCEPTED' : 'DENIED');
      } else {
        const understood = nlu.understand(text, clock(), zone);
        heard =
          understood.kind === 'launch'
            ? await conversation.launch()
            : await conversation.intent(understood.name, understood.slots);
        if (values.intents)
          console.log(`  [${understood.kind === 'launch' ? 'LaunchRequest' : understood.name}]`);
      }
      if (heard) {
        asking = permissionRequestOf(heard) ? heard : undefined;
        print(heard);
        printAlerts(api, alerts);
        const change = screenChangeOf(heard);
        if (change && conversation.screen) {
          console.log(`  (screen: ${describeScreen(conversation.screen)})`);
          const saved = screens?.save(conversation.screen);
          if (saved) console.log(`  (saved to ${saved})`);
        }
      }
    }
    if (!piped) lines.prompt();
  }
  await conversation.end();
  await Promise.all([dynamo.close(), api.close()]);
}

/** A display by its DISPLAYS name, or by the short name ("medium" for mediumHub). */
function displayNamed(name: string): Display {
  const found = Object.entries(DISPLAYS).find(([key]) => key === name || key === `${name}Hub`);
  if (!found) throw new Error(`--screen ${name} is not one of medium, small, large, round or tv`);
  return found[1];
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
  const ask = permissionRequestOf(heard);
  if (heard.speech !== '') console.log(`Alexa: ${heard.speech}`);
  if (ask) {
    const what = ask.scope === REMINDERS_SCOPE ? 'reminders' : 'timers';
    console.log(
      `Alexa: (asking for the skill) Do you allow Needling Aftercare to set ${what}? Say yes or no.`,
    );
    return;
  }
  if (heard.envelope.response.card?.type === 'AskForPermissionsConsent') {
    console.log('  (a card in the Alexa app asks for the permission)');
  }
  if (heard.sessionEnded) console.log('  (session ended)');
}

/** What the turn did in the Alexa app: timers started, reminders set or cancelled. */
function printAlerts(api: AlexaApiStub, before: { timers: number; reminders: number }): void {
  for (const timer of api.timers.slice(before.timers)) {
    const duration = (timer as { duration?: string }).duration ?? '';
    console.log(`  (timer started on the device: ${duration.replace(/^PT/, '').toLowerCase()})`);
  }
  const change = api.reminders.size - before.reminders;
  if (change > 0) console.log(`  (${String(change)} daily reminders set in the Alexa app)`);
  if (change < 0) console.log(`  (${String(-change)} reminders cancelled in the Alexa app)`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
