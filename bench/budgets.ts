/**
 * The performance budgets every change keeps, as ratios and limits taken from one bench run
 * on one machine, so a slower machine moves the baseline and the figures together.
 */
import type { Results } from './report';
import { RESPONSE_LIMIT_BYTES } from './screens';

export interface BudgetCheck {
  readonly name: string;
  readonly limit: string;
  readonly actual: string;
  readonly met: boolean;
}

/** What the skill may add to a bare `node` process, spawn to answer. */
export const COLD_ABOVE_BARE_MS = 100;
/** Warm p50 as a multiple of one bare store round trip from the same run. */
export const WARM_P50_PER_ROUND_TRIP = 1.5;
/** Everything the function loads or may load, source maps aside. */
export const BUNDLE_BYTES = 500 * 1024;
/** Peak RSS of a cold process, with a quarter of a 128 MB function left for the runtime client. */
export const PEAK_RSS_MB = 96;

/** Time to a spoken answer when the store or the Alexa API fails; Alexa itself waits 8 s. */
export const FAULT_ANSWER_MS = 4000;

export function checkBudgets(results: Omit<Results, 'budgets'>): BudgetCheck[] {
  const { cold, warm, bundle, costs, faults, screens } = results;
  const largestResponse = Math.max(...screens.sizes.map((s) => Math.max(s.voiceBytes, s.screenBytes)));
  const slowestFault = Math.max(...faults.map((f) => f.ms));
  const warmLimit = WARM_P50_PER_ROUND_TRIP * warm.storeRoundTripP50Ms;
  const cachedZone = costs.filter((c) => c.zoneCached);
  return [
    {
      name: 'cold start above bare node',
      limit: `≤ ${String(COLD_ABOVE_BARE_MS)} ms`,
      actual: `${ms(cold.aboveBareMs)} ms`,
      met: cold.aboveBareMs <= COLD_ABOVE_BARE_MS,
    },
    {
      name: 'warm p50',
      limit: `≤ ${String(WARM_P50_PER_ROUND_TRIP)} × store round trip = ${ms(warmLimit)} ms`,
      actual: `${ms(warm.p50Ms)} ms`,
      met: warm.p50Ms <= warmLimit,
    },
    {
      name: 'warm p50 on a screen device',
      limit: `≤ ${String(WARM_P50_PER_ROUND_TRIP)} × store round trip = ${ms(warmLimit)} ms`,
      actual: `${ms(screens.warmP50Ms)} ms`,
      met: screens.warmP50Ms <= warmLimit,
    },
    {
      name: 'largest response, screens included',
      limit: `≤ ${kb(RESPONSE_LIMIT_BYTES / 2)} KB (half of Alexa's ${kb(RESPONSE_LIMIT_BYTES)} KB)`,
      actual: `${kb(largestResponse)} KB`,
      met: largestResponse <= RESPONSE_LIMIT_BYTES / 2,
    },
    {
      name: 'bundle size (minified, maps aside)',
      limit: `≤ ${kb(BUNDLE_BYTES)} KB`,
      actual: `${kb(bundle.totalBytes)} KB`,
      met: bundle.totalBytes <= BUNDLE_BYTES,
    },
    {
      name: 'peak memory of a cold process',
      limit: `≤ ${String(PEAK_RSS_MB)} MB (fits 128 MB)`,
      actual: `${cold.peakRssMb.toFixed(1)} MB`,
      met: cold.peakRssMb <= PEAK_RSS_MB,
    },
    {
      name: 'store reads per turn',
      limit: '≤ 1',
      actual: `max ${String(Math.max(...costs.map((c) => c.storeReads)))}`,
      met: costs.every((c) => c.storeReads <= 1),
    },
    {
      name: 'store writes on read-only turns',
      limit: '0',
      actual: `max ${String(Math.max(0, ...costs.filter((c) => !c.writesExpected).map((c) => c.storeWrites)))}`,
      met: costs.every((c) => c.writesExpected || c.storeWrites === 0),
    },
    {
      name: 'answer when the store or API fails',
      limit: `≤ ${String(FAULT_ANSWER_MS)} ms, spoken`,
      actual: `slowest ${ms(slowestFault)} ms`,
      met: slowestFault <= FAULT_ANSWER_MS && faults.every((f) => f.speech !== ''),
    },
    {
      name: 'time-zone calls with the zone cached',
      limit: '0',
      actual: `max ${String(Math.max(0, ...cachedZone.map((c) => c.apiCalls)))}`,
      met: cachedZone.every((c) => c.apiCalls === 0),
    },
  ];
}

export function ms(value: number): string {
  return value.toFixed(value < 10 ? 2 : 1);
}

export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
