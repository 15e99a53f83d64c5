/**
 * Cold starts: a fresh `node` loads the copied bundle and answers one LaunchRequest that
 * reads the store, alternating with a bare `node -e ''`. The children are spawned
 * asynchronously, because dynalite and the API stub run in this process and must keep
 * serving while a child waits on them.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { envelope, launchRequest } from '../dev/envelope';
import type { BenchUser } from './turns';

export interface ColdStart {
  readonly runs: number;
  /** Median wall time of a bare `node -e ''`, spawn to exit. */
  readonly bareMedianMs: number;
  /** Median wall time of loading the bundle and answering, spawn to exit. */
  readonly coldMedianMs: number;
  /**
   * What the skill adds to a bare process: the median of each cold run minus the bare run
   * beside it, which a noisy machine disturbs less than a difference of medians.
   */
  readonly aboveBareMs: number;
  /** Medians measured inside the child: importing the bundle, then the first turn. */
  readonly loadMedianMs: number;
  readonly firstTurnMedianMs: number;
  /** Median CPU time (user + system) of the cold child, which Lambda's memory setting scales. */
  readonly cpuMedianMs: number;
  /** Highest peak resident memory of any cold child. */
  readonly peakRssMb: number;
  /** Median peak resident memory of a bare `node`. */
  readonly bareRssMb: number;
}

interface ChildReport {
  readonly loadMs: number;
  readonly turnMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
  readonly speech: string;
}

/** Loads the bundle as Lambda's Node.js runtime loads a CommonJS handler: with require. */
const CHILD = `
const t0 = performance.now();
Promise.resolve().then(async () => {
  const { handler } = require(process.env.BUNDLE_PATH);
  const t1 = performance.now();
  const response = await handler(JSON.parse(process.env.EVENT), {});
  const t2 = performance.now();
  const usage = process.resourceUsage();
  process.stdout.write(JSON.stringify({
    loadMs: t1 - t0,
    turnMs: t2 - t1,
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: usage.maxRSS,
    speech: response.response.outputSpeech?.ssml ?? '',
  }));
  process.exit(0);
}, (error) => { console.error(error); process.exit(1); });
`;

const BARE = `process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS }))`;

export async function measureColdStarts(options: {
  bundleDir: string;
  env: Record<string, string>;
  user: BenchUser;
  runs: number;
}): Promise<ColdStart> {
  const bare: { ms: number; rssKb: number }[] = [];
  const cold: { ms: number; report: ChildReport }[] = [];
  for (let i = 0; i < options.runs; i++) {
    const event = envelope(options.user, launchRequest(new Date().toISOString()));
    const childEnv = {
      PATH: process.env.PATH ?? '',
      ...options.env,
      BUNDLE_PATH: join(options.bundleDir, 'index.js'),
      EVENT: JSON.stringify(event),
    };
    const b = await timeNode(BARE, childEnv, options.bundleDir);
    bare.push({ ms: b.ms, rssKb: (JSON.parse(b.stdout) as { maxRssKb: number }).maxRssKb });
    const c = await timeNode(CHILD, childEnv, options.bundleDir);
    const report = JSON.parse(c.stdout) as ChildReport;
    if (!report.speech.includes('Welcome back')) {
      throw new Error(`A cold start did not answer the stored user: ${report.speech}`);
    }
    cold.push({ ms: c.ms, report });
  }
  const bareMedianMs = median(bare.map((r) => r.ms));
  const coldMedianMs = median(cold.map((r) => r.ms));
  return {
    runs: options.runs,
    bareMedianMs,
    coldMedianMs,
    aboveBareMs: median(cold.map((c, i) => c.ms - (bare[i]?.ms ?? bareMedianMs))),
    loadMedianMs: median(cold.map((r) => r.report.loadMs)),
    firstTurnMedianMs: median(cold.map((r) => r.report.turnMs)),
    cpuMedianMs: median(cold.map((r) => r.report.cpuMs)),
    peakRssMb: Math.max(...cold.map((r) => r.report.maxRssKb)) / 1024,
    bareRssMb: median(bare.map((r) => r.rssKb)) / 1024,
  };
}

function timeNode(
  script: string,
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<{ ms: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ['-e', script], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.once('error', reject);
    child.once('close', (code) => {
      const ms = performance.now() - start;
      if (code === 0) resolve({ ms, stdout });
      else reject(new Error(`node exited with ${String(code)}`));
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}
