/**
 * In-process measurements: warm latency over many turns, one bare store round trip for
 * comparison, and what each common turn costs in store operations and Alexa API calls.
 */
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import type { Request, RequestEnvelope } from 'ask-sdk-model';
import { performance } from 'node:perf_hooks';
import type { AlexaApiStub } from '../dev/alexa-api-stub';
import { envelope, intentRequest, launchRequest, type Device, type Invoke } from '../dev/envelope';

/** A user the bench has given a procedure date and a cached zone. */
export type BenchUser = Device;

export interface CommonTurn {
  readonly label: string;
  /** Whether the turn is meant to change the record. */
  readonly writes: boolean;
  readonly request: (timestamp: string) => Request;
}

/** The turns people use most, in the order the cost table lists them. */
export const COMMON_TURNS: readonly CommonTurn[] = [
  { label: 'launch', writes: false, request: (t) => launchRequest(t) },
  { label: 'what to do today', writes: false, request: (t) => intentRequest(t, 'WhatToDoTodayIntent') },
  { label: 'how far along', writes: false, request: (t) => intentRequest(t, 'RecoveryStatusIntent') },
  { label: "what's next", writes: false, request: (t) => intentRequest(t, 'WhatsNextIntent') },
  {
    label: 'can I wear make-up',
    writes: false,
    request: (t) => intentRequest(t, 'CanIUseIntent', { product: { value: 'makeup', id: 'makeup' } }),
  },
  {
    label: 'is swelling normal',
    writes: false,
    request: (t) =>
      intentRequest(t, 'SymptomCheckIntent', { symptom: { value: 'swelling', id: 'swelling' } }),
  },
  { label: 'help', writes: false, request: (t) => intentRequest(t, 'AMAZON.HelpIntent') },
  {
    label: 'when did I last put on ointment',
    writes: false,
    request: (t) => intentRequest(t, 'OintmentLogQueryIntent'),
  },
  {
    label: 'start my rinse routine',
    writes: true,
    request: (t) => intentRequest(t, 'StartRinseRoutineIntent'),
  },
  { label: 'routine: next step', writes: true, request: (t) => intentRequest(t, 'AMAZON.NextIntent') },
  { label: 'I just put on my ointment', writes: true, request: (t) => intentRequest(t, 'LogOintmentIntent') },
  {
    label: 'set procedure date',
    writes: true,
    request: (t) => intentRequest(t, 'SetProcedureDateIntent', { procedureDate: daysBefore(t, 2) }),
  },
];

const READS = new Set(['GetItem', 'BatchGetItem', 'Query', 'Scan']);
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems']);

/**
 * Creates `count` users, each with a procedure date 1 to 20 days back (never "today" in UTC,
 * which can be tomorrow in the user's zone) and a cached zone.
 */
export async function seedUsers(handler: Invoke, apiEndpoint: string, count: number): Promise<BenchUser[]> {
  const users: BenchUser[] = [];
  const now = new Date().toISOString();
  for (let i = 0; i < count; i++) {
    const user: BenchUser = {
      userId: `amzn1.ask.account.BENCH${String(i)}`,
      deviceId: `amzn1.ask.device.BENCH${String(i)}`,
      apiEndpoint,
    };
    const response = await handler(
      envelope(
        user,
        intentRequest(now, 'SetProcedureDateIntent', { procedureDate: daysBefore(now, 1 + (i % 20)) }),
      ),
    );
    if (!response.response.outputSpeech) throw new Error('Seeding a user got no answer');
    users.push(user);
  }
  return users;
}

export interface Latency {
  readonly turns: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** p50 and p99 over `turns` read-only turns, rotating through users and intents, after a warm-up. */
export function measureWarmTurns(
  handler: Invoke,
  users: readonly BenchUser[],
  turns: number,
): Promise<Latency> {
  const readOnly = COMMON_TURNS.filter((t) => !t.writes);
  return measureWarm(handler, turns, (i) => {
    const user = users[i % users.length];
    const turn = readOnly[i % readOnly.length];
    if (!user || !turn) throw new Error('No user or turn to run');
    return envelope(user, turn.request(new Date().toISOString()));
  });
}

/** p50 and p99 of the handler over `turns` events from `eventAt`, after 200 to warm up. */
export async function measureWarm(
  handler: Invoke,
  turns: number,
  eventAt: (i: number) => RequestEnvelope,
): Promise<Latency> {
  const turnAt = async (i: number): Promise<number> => {
    const event = eventAt(i);
    const start = performance.now();
    await handler(event);
    return performance.now() - start;
  };
  for (let i = 0; i < 200; i++) await turnAt(i);
  const samples: number[] = [];
  for (let i = 0; i < turns; i++) samples.push(await turnAt(i));
  return { turns, ...percentiles(samples) };
}

/** One GetItem through a client configured like the skill's, repeated: the store's own cost. */
export async function measureStoreRoundTrip(
  endpoint: string,
  table: string,
  count: number,
): Promise<Latency> {
  const client = new DynamoDBClient({ endpoint, maxAttempts: 2 });
  const get = new GetItemCommand({
    TableName: table,
    Key: { pk: { S: 'bench#round-trip' } },
    ConsistentRead: true,
  });
  try {
    for (let i = 0; i < 200; i++) await client.send(get);
    const samples: number[] = [];
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await client.send(get);
      samples.push(performance.now() - start);
    }
    return { turns: count, ...percentiles(samples) };
  } finally {
    client.destroy();
  }
}

export interface TurnCost {
  readonly label: string;
  readonly writesExpected: boolean;
  /** Whether the record held a fresh zone for this device before the turn. */
  readonly zoneCached: boolean;
  readonly storeReads: number;
  readonly storeWrites: number;
  readonly apiCalls: number;
}

/**
 * Runs each turn once for a fresh user whose zone is cached (a date set a moment before),
 * and counts the store operations dynalite served and the calls the API stub received.
 * A last row is the first turn of a new account, which has no cached zone.
 */
export async function countTurnCosts(
  handler: Invoke,
  api: AlexaApiStub,
  operations: readonly string[],
  turns: readonly CommonTurn[],
): Promise<TurnCost[]> {
  const user: BenchUser = {
    userId: 'amzn1.ask.account.BENCHCOSTS',
    deviceId: 'amzn1.ask.device.BENCHCOSTS',
    apiEndpoint: api.endpoint,
  };
  const measure = async (
    label: string,
    writesExpected: boolean,
    zoneCached: boolean,
    request: Request,
  ): Promise<TurnCost> => {
    const [opsBefore, callsBefore] = [operations.length, api.calls.length];
    await handler(envelope(user, request));
    const ops = operations.slice(opsBefore);
    return {
      label,
      writesExpected,
      zoneCached,
      storeReads: ops.filter((op) => READS.has(op)).length,
      storeWrites: ops.filter((op) => WRITES.has(op)).length,
      apiCalls: api.calls.length - callsBefore,
    };
  };
  const now = (): string => new Date().toISOString();
  const first = await measure(
    'first turn of a new account (sets a date)',
    true,
    false,
    intentRequest(now(), 'SetProcedureDateIntent', { procedureDate: daysBefore(now(), 3) }),
  );
  const costs: TurnCost[] = [];
  for (const turn of turns) costs.push(await measure(turn.label, turn.writes, true, turn.request(now())));
  return [...costs, first];
}

function percentiles(samples: readonly number[]): { p50Ms: number; p99Ms: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { p50Ms: at(0.5), p99Ms: at(0.99) };
}

function daysBefore(timestamp: string, days: number): string {
  return new Date(Date.parse(timestamp) - days * 86_400_000).toISOString().slice(0, 10);
}
