/**
 * The guided rinse routines: which one fits the day, and its steps, each with the lesson's
 * sentences it comes from.
 */
import { OINTMENT_LAST_DAY } from './content';
import { inWindow, productAnswer, type Timeline } from './recovery';
import { SEED } from './seed-sentences';
import type { Product, Routine, RoutineId, RoutineStep } from './types';

/** "Allow them to soak in for 20 to 30 minutes". */
export const SOAK_WAIT = { kind: 'soak', minMinutes: 20, maxMinutes: 30 } as const;

/** "Allow it to air dry": the lesson gives no length. */
export const AIR_DRY_WAIT = { kind: 'air-dry' } as const;

export const ROUTINES: readonly Routine[] = [
  {
    id: 'first-rinse',
    name: 'your first rinse',
    days: { from: 0, to: 0 },
    seed: [SEED.firstRinse],
    steps: [
      {
        say: 'Once the oozing has eased off, rinse the area with lukewarm water. No soap, no cleansers, and no rags.',
        seed: [SEED.firstRinse, SEED.clearSerum, SEED.noCleansers],
      },
      {
        say: 'Now let your skin air dry.',
        seed: [SEED.firstRinse],
        wait: AIR_DRY_WAIT,
      },
      {
        say: 'Once it’s dry, put on a light coat of occlusive ointment. Petroleum jelly is enough.',
        seed: [SEED.ointmentAfterDry, SEED.lightCoat, SEED.petroleumJelly],
      },
    ],
  },
  {
    id: 'shower-wash',
    name: 'your shower wash',
    days: { from: 0, to: 0 },
    seed: [SEED.showerWash],
    steps: [
      {
        say: 'In the shower, wash the area with lukewarm water. No soap, and don’t soak in a bath.',
        seed: [SEED.showerWash, SEED.noSoapNoBath],
      },
      {
        say: 'Massage the area very gently to help clear away blood and serum. Don’t press hard; you don’t need to see anything ooze out.',
        seed: [SEED.gentleMassage, SEED.gentlePressure],
      },
      {
        say: 'Put your light coat of occlusive ointment back on.',
        seed: [SEED.reapply, SEED.lightCoat],
      },
    ],
  },
  {
    id: 'water-rinse',
    name: 'your rinse',
    days: { from: 1, to: 2 },
    seed: [SEED.rinseFrequently],
    steps: [
      {
        say: 'Rinse the area with water. No cleansers until the end of day 2.',
        seed: [SEED.rinseFrequently],
      },
      {
        say: 'Put a light coat of occlusive ointment back on. No creams or lotions yet.',
        seed: [SEED.rinseFrequently, SEED.lightCoat, SEED.noCreams],
      },
    ],
  },
  {
    id: 'layering',
    name: 'your rinse and products',
    days: { from: 3, to: OINTMENT_LAST_DAY },
    seed: [SEED.layering],
    steps: [
      {
        say: 'Wash off your ointment.',
        seed: [SEED.layering],
      },
      {
        say: 'Now put on your other products.',
        seed: [SEED.layering],
        listsProducts: true,
      },
      {
        say: 'Let them soak in for 20 to 30 minutes.',
        seed: [SEED.layering],
        wait: SOAK_WAIT,
      },
      {
        say: 'Now put your light coat of occlusive ointment back on.',
        seed: [SEED.layering, SEED.lightCoat],
      },
    ],
  },
];

export function routineById(id: RoutineId): Routine {
  const routine = ROUTINES.find((r) => r.id === id);
  if (!routine) throw new Error(`No routine ${id}`);
  return routine;
}

/** On day 0 there are two routines: straight after needling, and a few hours later. */
export type NeedlingDayStage = 'just-after' | 'hours-later';

/** A step as it applies today: the products a listing step names are filled in. */
export interface PlannedStep extends RoutineStep {
  /** Allowed today. */
  readonly products?: readonly Product[];
  /** Usually back by now, within a "day 3 to 7" range. */
  readonly usualProducts?: readonly Product[];
}

/** A routine planned for a day: what a guided rinse walks through. */
export type PlannedRoutine = Extract<RoutinePlan, { kind: 'routine' }>;

export type RoutinePlan =
  | { readonly kind: 'routine'; readonly routine: Routine; readonly steps: readonly PlannedStep[] }
  /** Day 0 and the stage is not known: ask which. */
  | { readonly kind: 'ask-stage' }
  /** Before the procedure, or after the ointment course. */
  | { readonly kind: 'none'; readonly reason: 'before' | 'after' };

const ORDERED_PRODUCTS = [
  'vitamin-c',
  'vitamin-a',
  'peptides',
  'moisturiser',
  'sunscreen',
  'makeup',
] as const;

/** The routine for the timeline's day, its product step filled in for that day. */
export function planRoutine(timeline: Timeline, stage?: NeedlingDayStage): RoutinePlan {
  const { day } = timeline;
  if (day < 0) return { kind: 'none', reason: 'before' };
  if (day === 0 && stage === undefined) return { kind: 'ask-stage' };
  const routine =
    day === 0
      ? routineById(stage === 'hours-later' ? 'shower-wash' : 'first-rinse')
      : ROUTINES.find((r) => r.id !== 'first-rinse' && r.id !== 'shower-wash' && inWindow(r.days, day));
  if (!routine) return { kind: 'none', reason: 'after' };
  return planOf(routine, timeline);
}

/** A given routine's steps as they apply on the timeline's day. */
export function planOf(routine: Routine, timeline: Timeline): PlannedRoutine {
  const answers = ORDERED_PRODUCTS.map((id) => productAnswer(timeline, id));
  const products = answers.filter((a) => a.verdict === 'yes').map((a) => a.product);
  const usualProducts = answers.filter((a) => a.verdict === 'usually-soon').map((a) => a.product);
  return {
    kind: 'routine',
    routine,
    steps: routine.steps.map((step) => (step.listsProducts ? { ...step, products, usualProducts } : step)),
  };
}
