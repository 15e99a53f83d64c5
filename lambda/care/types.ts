/**
 * Types for the care content. Every entry carries the seed sentences it is built from
 * (`seed`), copied verbatim from `seed-lesson.txt`, so a test can prove that nothing the
 * skill says about care comes from anywhere else.
 */

/** Days since the procedure, inclusive at both ends. `to` left out means "from then on". */
export interface DayWindow {
  readonly from: number;
  readonly to?: number;
}

/** An entry traced to the source lesson. */
export interface Sourced {
  /** Verbatim sentences from the seed lesson that this entry restates. */
  readonly seed: readonly string[];
}

export type NeedlingType = 'standard' | 'dense';

export type PhaseId =
  | 'upcoming'
  | 'needling-day'
  | 'early-healing'
  | 'turning-pink'
  | 'settling'
  | 'fading'
  | 'finishing-ointment'
  | 'remodelling'
  | 'complete';

export interface Phase extends Sourced {
  readonly id: PhaseId;
  readonly days: DayWindow;
  /** Spoken summary of the phase, one or two short sentences. */
  readonly summary: string;
}

export type CareId =
  | 'first-rinse'
  | 'shower-wash'
  | 'rinse-often'
  | 'ointment'
  | 'no-creams'
  | 'layering'
  | 'no-picking'
  | 'sun-before-sunscreen'
  | 'sun-with-sunscreen'
  | 'actives';

/** Something to do on the days of its window. */
export interface CareItem extends Sourced {
  readonly id: CareId;
  readonly days: DayWindow;
  /** Lower comes first when a day's care is cut short for the ear. */
  readonly rank: number;
  /** A clause for the brief answer ("rinse with water often"). */
  readonly brief: string;
  /** One or two full sentences for "tell me more". */
  readonly detail: string;
}

export type SymptomId =
  | 'bleeding'
  | 'oozing'
  | 'redness'
  | 'bruising'
  | 'swelling'
  | 'peeling'
  | 'scabbing'
  | 'pain'
  | 'itching'
  | 'burning'
  | 'warmth'
  | 'pus'
  | 'fever'
  | 'rash'
  | 'breakouts'
  | 'dryness'
  | 'tightness'
  | 'blisters';

/**
 * How the lesson describes a symptom on the days of a stage: `expected` (part of normal
 * healing), `easing` (should be fading by now), `common` (happens to many while healing),
 * `watch` (mentioned only as something the care helps prevent).
 */
export type StageKind = 'expected' | 'easing' | 'common' | 'watch';

export interface SymptomStage extends Sourced {
  readonly days: DayWindow;
  readonly kind: StageKind;
  /** What the lesson says about it on these days, for the ear. */
  readonly say: string;
}

export interface Symptom {
  readonly id: SymptomId;
  /** Spoken name, usable mid-sentence ("swelling"). */
  readonly name: string;
  /** Stages in day order; empty when the lesson does not describe the symptom. */
  readonly stages: readonly SymptomStage[];
  /** What to do about it, when the lesson says. */
  readonly advice?: Sourced & { readonly say: string };
  /** The lesson's whole timeline for it, said when today falls outside every stage. */
  readonly timeline?: Sourced & { readonly say: string };
}

export type ProductId =
  | 'ointment'
  | 'cleanser'
  | 'moisturiser'
  | 'sunscreen'
  | 'vitamin-c'
  | 'vitamin-a'
  | 'peptides'
  | 'makeup'
  | 'actives'
  | 'bath'
  | 'sun'
  | 'picking'
  | 'exercise'
  | 'swimming'
  | 'sauna'
  | 'shaving'
  | 'exfoliants';

/**
 * When a product or activity is allowed:
 * - `from-day`: from `day` on; `usualBy` is the last day of a "day 3 to 7" style range.
 * - `throughout`: every day of the recovery.
 * - `never`: not while healing.
 * - `avoid-on`: to be avoided on `days`; the lesson says nothing about other days.
 * - `caution`: not a yes or no; `say` explains.
 * - `not-covered`: the lesson does not mention it.
 */
export type Allowance =
  | { readonly kind: 'from-day'; readonly day: number; readonly usualBy?: number }
  | { readonly kind: 'throughout' }
  | { readonly kind: 'never' }
  | { readonly kind: 'avoid-on'; readonly days: DayWindow }
  | { readonly kind: 'caution' }
  | { readonly kind: 'not-covered' };

export interface Product extends Sourced {
  readonly id: ProductId;
  /** Spoken name, usable mid-sentence ("make-up"). */
  readonly name: string;
  /** True when the name takes "are" ("creams and lotions"). */
  readonly plural: boolean;
  readonly allowance: Allowance;
  /** Covers other entries (actives); left out of lists of what changes when. */
  readonly umbrella?: boolean;
  /** The lesson's reason or the rule in words ("for the first 2 days, no creams or lotions"). */
  readonly rule?: string;
  /** A useful extra once it is allowed ("a zinc and titanium dioxide sunscreen is ideal"). */
  readonly tip?: string;
}

/** A change on a given day, worded to fit both "today" and "on day N". */
export interface Milestone extends Sourced {
  readonly day: number;
  readonly say: string;
  /** A few words for the recovery strip on a screen ("Sunburn pink, less swelling"). */
  readonly label: string;
}

/** A product or activity marked on the recovery strip on the day it comes back. */
export interface StripProduct {
  readonly id: ProductId;
  /** Shown on the strip ("Make-up, day 4 or 5"). */
  readonly label: string;
}

export interface GuideStep extends Sourced {
  /** One spoken step. */
  readonly say: string;
}

/** The procedure guides ("how do I needle?", "how do I numb my skin?"). */
export interface Guide extends Sourced {
  readonly brief: string;
  readonly steps: readonly GuideStep[];
}

export type RoutineId = 'first-rinse' | 'shower-wash' | 'water-rinse' | 'layering';

/**
 * A wait after a step. `soak` has the lesson's length ("20 to 30 minutes"); `air-dry` has
 * none in the lesson, so the user names a timer's length if they want one.
 */
export type RoutineWait =
  | { readonly kind: 'soak'; readonly minMinutes: number; readonly maxMinutes: number }
  | { readonly kind: 'air-dry' };

/** One spoken step of a routine. */
export interface RoutineStep extends Sourced {
  readonly say: string;
  /** A wait after the step, which can be timed. */
  readonly wait?: RoutineWait;
  /** The step is followed by the names of the products allowed that day. */
  readonly listsProducts?: true;
}

/** A guided rinse, walked one step per turn. */
export interface Routine extends Sourced {
  readonly id: RoutineId;
  /** Spoken name, mid-sentence ("your first rinse"). */
  readonly name: string;
  readonly days: DayWindow;
  readonly steps: readonly RoutineStep[];
}
