/**
 * `npm run bench`: cold start, warm latency, size, memory and per-turn store and API use of
 * the built bundle, side by side in one run, checked against the budgets in `budgets.ts`.
 * Prints a table and writes the same figures to bench/results.json.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlexaApiStub } from '../dev/alexa-api-stub';
import { type Invoke } from '../dev/envelope';
import { ensureTable, LOCAL_AWS_ENV, startLocalDynamo } from '../dev/local-dynamo';
import type { Skill } from 'ask-sdk-core';
import { checkBudgets } from './budgets';
import { measureFaults } from './faults';
import { measureColdStarts } from './cold-start';
import { countTurnCosts, COMMON_TURNS, measureStoreRoundTrip, measureWarmTurns, seedUsers } from './turns';
import { printReport, type Results } from './report';
import { measureScreenSizes, measureWarmScreenTurns } from './screens';

const ROOT = join(__dirname, '..');
const TABLE = 'aftercare-bench';

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const bundleDir = copyBundle(join(ROOT, 'dist', 'lambda'));
  const [dynamo, api] = await Promise.all([startLocalDynamo(), AlexaApiStub.start()]);
  try {
    await ensureTable(dynamo.endpoint, TABLE);
    const env = {
      ...LOCAL_AWS_ENV,
      TABLE_NAME: TABLE,
      AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
      LOG_LEVEL: 'silent',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    };
    Object.assign(process.env, env);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded as Lambda loads it
    const { handler, buildSkill } = require(join(bundleDir, 'index.js')) as {
      handler: Invoke;
      buildSkill: (env: NodeJS.ProcessEnv) => Skill;
    };
    const users = await seedUsers(handler, api.endpoint, 50);
    const [firstUser] = users;
    if (!firstUser) throw new Error('No user was seeded');

    const cold = await measureColdStarts({ bundleDir, env, user: firstUser, runs: 31 });
    const roundTrip = await measureStoreRoundTrip(dynamo.endpoint, TABLE, 1000);
    const warm = await measureWarmTurns(handler, users, 1200);
    const warmScreen = await measureWarmScreenTurns(handler, users, 600);
    const costs = await countTurnCosts(handler, api, dynamo.operations, COMMON_TURNS);
    const screenSizes = await measureScreenSizes(handler, api.endpoint);
    const faults = await measureFaults(
      buildSkill,
      { ...process.env, ...env, LOG_LEVEL: process.env.BENCH_LOG ?? 'silent' },
      api,
      firstUser,
    );

    const results: Results = {
      measuredAt: new Date().toISOString(),
      machine: machineDescription(),
      bundle: bundleSize(bundleDir),
      cold,
      warm: { ...warm, storeRoundTripP50Ms: roundTrip.p50Ms, storeRoundTripP99Ms: roundTrip.p99Ms },
      costs,
      faults,
      screens: { sizes: screenSizes, warmP50Ms: warmScreen.p50Ms, warmP99Ms: warmScreen.p99Ms },
      budgets: [],
    };
    results.budgets = checkBudgets(results);
    printReport(results);
    writeFileSync(join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(`\nWrote bench/results.json`);
    if (results.budgets.some((b) => !b.met)) process.exitCode = 1;
  } finally {
    await Promise.all([dynamo.close(), api.close()]);
    rmSync(bundleDir, { recursive: true, force: true });
  }
}

/** A copy of the bundle folder outside the project, so nothing else is in reach. */
function copyBundle(from: string): string {
  const to = mkdtempSync(join(tmpdir(), 'aftercare-bench-'));
  cpSync(from, to, { recursive: true });
  return to;
}

function bundleSize(dir: string): Results['bundle'] {
  const files = readdirSync(dir).filter((f) => !f.endsWith('.map'));
  const bytes = Object.fromEntries(files.map((f) => [f, statSync(join(dir, f)).size]));
  return {
    entryBytes: bytes['index.js'] ?? 0,
    totalBytes: Object.values(bytes).reduce((sum, b) => sum + b, 0),
    files: bytes,
  };
}

function machineDescription(): string {
  const cores = cpus();
  return `${String(cores.length)} × ${cores[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${process.platform} ${process.arch}`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
