/** The bench's figures, and the table it prints. */
import { kb, ms, type BudgetCheck } from './budgets';
import type { ColdStart } from './cold-start';
import type { FaultTiming } from './faults';
import type { ScreenSize } from './screens';
import type { Latency, TurnCost } from './turns';

export interface Results {
  readonly measuredAt: string;
  readonly machine: string;
  readonly bundle: {
    /** `index.js`, what a cold start loads first. */
    readonly entryBytes: number;
    /** Every file of the bundle but source maps. */
    readonly totalBytes: number;
    readonly files: Readonly<Record<string, number>>;
  };
  readonly cold: ColdStart;
  readonly warm: Latency & { readonly storeRoundTripP50Ms: number; readonly storeRoundTripP99Ms: number };
  readonly costs: readonly TurnCost[];
  readonly faults: readonly FaultTiming[];
  readonly screens: {
    readonly sizes: readonly ScreenSize[];
    /** "What should I do today" on a medium hub. */
    readonly warmP50Ms: number;
    readonly warmP99Ms: number;
  };
  budgets: BudgetCheck[];
}

/** Lambda gives a function one full vCPU at 1,769 MB and a share in proportion below that. */
const MB_PER_VCPU = 1769;
const MEMORY_SIZES_MB = [128, 256, 512, 1024] as const;

/** The cold start's CPU time stretched to the CPU share of each memory size. */
export function coldCpuAtMemory(cpuMs: number): { memoryMb: number; estimatedMs: number }[] {
  return MEMORY_SIZES_MB.map((memoryMb) => ({
    memoryMb,
    estimatedMs: cpuMs * Math.max(1, MB_PER_VCPU / memoryMb),
  }));
}

export function printReport(r: Results): void {
  const { cold, warm, bundle } = r;
  console.log(`Aftercare bench, ${r.measuredAt}\n${r.machine}\n`);
  table(
    ['Cold start', `medians of ${String(cold.runs)} alternating runs`],
    [
      ['bare node -e ""', `${ms(cold.bareMedianMs)} ms`],
      ['bundle: load + first launch (reads the store)', `${ms(cold.coldMedianMs)} ms`],
      ['  above bare node', `${ms(cold.aboveBareMs)} ms`],
      ['  loading the bundle (inside the process)', `${ms(cold.loadMedianMs)} ms`],
      ['  first turn (inside the process)', `${ms(cold.firstTurnMedianMs)} ms`],
      ['  CPU time, user + system', `${ms(cold.cpuMedianMs)} ms`],
      [
        'peak RSS, cold process (bare node)',
        `${cold.peakRssMb.toFixed(1)} MB (${cold.bareRssMb.toFixed(1)} MB)`,
      ],
      ...coldCpuAtMemory(cold.cpuMedianMs).map(({ memoryMb, estimatedMs }): [string, string] => [
        `  cold CPU at a ${String(memoryMb)} MB Lambda's CPU share (estimate)`,
        `${ms(estimatedMs)} ms`,
      ]),
    ],
  );
  table(
    ['Warm', `${String(warm.turns)} read-only turns in one process`],
    [
      ['turn p50 / p99', `${ms(warm.p50Ms)} / ${ms(warm.p99Ms)} ms`],
      ['one store GetItem p50 / p99', `${ms(warm.storeRoundTripP50Ms)} / ${ms(warm.storeRoundTripP99Ms)} ms`],
    ],
  );
  table(
    ['Bundle', 'bytes, minified'],
    Object.entries(bundle.files).map(([file, bytes]): [string, string] => [file, `${kb(bytes)} KB`]),
  );
  table(
    ['Turn', 'store reads · writes · Alexa API calls'],
    r.costs.map((c): [string, string] => [
      `${c.label}${c.zoneCached ? '' : ' (no cached zone)'}`,
      `${String(c.storeReads)} · ${String(c.storeWrites)} · ${String(c.apiCalls)}`,
    ]),
  );
  table(
    ['Screens', 'response bytes: voice-only · medium hub (what it sends)'],
    [
      ...r.screens.sizes.map((s): [string, string] => [
        s.label,
        `${kb(s.voiceBytes)} · ${kb(s.screenBytes)} KB (${s.sends})`,
      ]),
      [
        'what to do today on a hub, warm p50 / p99',
        `${ms(r.screens.warmP50Ms)} / ${ms(r.screens.warmP99Ms)} ms`,
      ],
    ],
  );
  table(
    ['When something fails', 'time to a spoken answer'],
    r.faults.map((f): [string, string] => [f.label, `${ms(f.ms)} ms`]),
  );
  table(
    ['Budget', 'limit → actual'],
    r.budgets.map((b): [string, string] => [
      `${b.met ? 'ok  ' : 'MISS'} ${b.name}`,
      `${b.limit} → ${b.actual}`,
    ]),
  );
}

function table(header: [string, string], rows: readonly [string, string][]): void {
  const width = Math.max(header[0].length, ...rows.map(([label]) => label.length)) + 2;
  console.log(`${header[0].padEnd(width)}${header[1]}`);
  console.log('-'.repeat(width + header[1].length));
  for (const [label, value] of rows) console.log(`${label.padEnd(width)}${value}`);
  console.log('');
}
