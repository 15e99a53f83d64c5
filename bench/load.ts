/**
 * `npm run load`: many users talking at once to one skill instance against dynalite. Each
 * user sets a procedure date, then asks questions; every answer must come without an error
 * and every "Today is day N" must be that user's own day. Prints throughput and latency.
 */
import { DateTime } from 'luxon';
import { performance } from 'node:perf_hooks';
import { AlexaApiStub } from '../dev/alexa-api-stub';
import { envelope, hear, intentRequest, launchRequest, type Device, type Invoke } from '../dev/envelope';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo } from '../dev/local-dynamo';
// The handler reads the environment on its first call, after main() has set it.
import { handler } from '../lambda/index';

export interface LoadOptions {
  readonly users: number;
  readonly turnsPerUser: number;
  readonly concurrency: number;
}

export interface LoadResult {
  readonly turns: number;
  readonly errors: readonly string[];
  /** Users who heard a day that was not theirs, or never heard their day. */
  readonly wrongDays: readonly string[];
  readonly seconds: number;
  readonly turnsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles'] as const;
const NOW = '2026-11-24T15:00:00Z';

const QUESTIONS = [
  (t: string) => intentRequest(t, 'RecoveryStatusIntent'),
  (t: string) => intentRequest(t, 'WhatToDoTodayIntent'),
  (t: string) => launchRequest(t),
  (t: string) => intentRequest(t, 'CanIUseIntent', { product: { value: 'makeup', id: 'makeup' } }),
  (t: string) => intentRequest(t, 'SymptomCheckIntent', { symptom: { value: 'swelling', id: 'swelling' } }),
  (t: string) => intentRequest(t, 'WhatsNextIntent'),
];

/** Runs the load against `handler`, whose store and API stub the caller has set up. */
export async function runLoad(
  invoke: Invoke,
  api: AlexaApiStub,
  options: LoadOptions,
  runId = String(Date.now()),
): Promise<LoadResult> {
  let attempted = 0;
  const latencies: number[] = [];
  const errors: string[] = [];
  const wrongDays: string[] = [];
  const turn = async (device: Device, request: ReturnType<typeof launchRequest>) => {
    attempted++;
    const start = performance.now();
    try {
      const heard = hear(await invoke(envelope(device, request)));
      latencies.push(performance.now() - start);
      if (heard.speech === '' || /sorry/i.test(heard.speech)) errors.push(`${request.type}: ${heard.speech}`);
      return heard.speech;
    } catch (error) {
      errors.push(String(error));
      return '';
    }
  };
  const user = async (i: number) => {
    const zone = ZONES[i % ZONES.length] ?? 'UTC';
    const deviceId = `amzn1.ask.device.LOAD-${runId}-${String(i)}`;
    api.zones.set(deviceId, zone);
    const device: Device = {
      userId: `amzn1.ask.account.LOAD-${runId}-${String(i)}`,
      deviceId,
      apiEndpoint: api.endpoint,
    };
    const day = i % 30;
    const today = DateTime.fromISO(NOW, { zone });
    await turn(
      device,
      intentRequest(NOW, 'SetProcedureDateIntent', {
        procedureDate: today.minus({ days: day }).toISODate() ?? '',
      }),
    );
    let heardDay = false;
    for (let t = 1; t < options.turnsPerUser; t++) {
      const ask = QUESTIONS[(i + t) % QUESTIONS.length] ?? QUESTIONS[0];
      if (!ask) break;
      const speech = await turn(device, ask(NOW));
      const said = /Today is day (\d+)/.exec(speech)?.[1];
      if (said === undefined) continue;
      heardDay = true;
      if (Number(said) !== day) wrongDays.push(`user ${String(i)} (day ${String(day)}) heard day ${said}`);
    }
    if (!heardDay) wrongDays.push(`user ${String(i)} never heard their day`);
  };

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < options.users) await user(next++);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return {
    turns: attempted,
    errors,
    wrongDays,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const [dynamo, api] = await Promise.all([startLocalDynamo(), AlexaApiStub.start()]);
  try {
    await ensureTable(dynamo.endpoint, 'aftercare-load');
    Object.assign(process.env, LOCAL_AWS_ENV, {
      TABLE_NAME: 'aftercare-load',
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      LOG_LEVEL: 'silent',
    });
    const options = { users: 100, turnsPerUser: 10, concurrency: 50 };
    const r = await runLoad(handler, api, options);
    console.log(
      [
        `${String(r.turns)} turns from ${String(options.users)} users, ${String(options.concurrency)} at a time, in ${r.seconds.toFixed(2)} s`,
        `throughput  ${r.turnsPerSecond.toFixed(0)} turns/s`,
        `latency     p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms`,
        `errors      ${String(r.errors.length)}${r.errors.length ? `: ${r.errors.slice(0, 3).join(' | ')}` : ''}`,
        `wrong days  ${String(r.wrongDays.length)}${r.wrongDays.length ? `: ${r.wrongDays.slice(0, 3).join(' | ')}` : ''}`,
        `store ops   ${String(dynamo.operations.length)}`,
      ].join('\n'),
    );
    if (r.errors.length > 0 || r.wrongDays.length > 0) process.exitCode = 1;
  } finally {
    await Promise.all([dynamo.close(), api.close()]);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
