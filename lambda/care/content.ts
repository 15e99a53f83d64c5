/**
 * The care content: everything the skill says about needling and recovery, as typed data.
 * Each entry restates the seed sentences it lists; `test/care/content.test.ts` holds every
 * entry to that.
 */
import { SEED } from './seed-sentences';
import type {
  CareItem,
  Guide,
  Milestone,
  Phase,
  PhaseId,
  Product,
  ProductId,
  Sourced,
  StripProduct,
  Symptom,
  SymptomId,
  SymptomStage,
} from './types';

/** The one thing the skill says that is not from the lesson. */
export const DISCLAIMER =
  'This is general guidance, not medical advice. Follow your tool’s instructions, and ask a professional if something worries you.';

/** Days after which a recovery counts as long complete. */
export const COMPLETE_AFTER_DAYS = 365;

/** Last day of the ointment course: "2 or 3 times a day for the following 10 to 14 days". */
export const OINTMENT_LAST_DAY = 14;

export const DENSE_NOTE: Sourced & { readonly say: string } = {
  say: 'Dense needling takes a few days longer to heal, but the process is generally the same.',
  seed: [SEED.dense],
};

export const PHASES: readonly Phase[] = [
  {
    id: 'upcoming',
    days: { from: Number.NEGATIVE_INFINITY, to: -1 },
    summary: 'Your needling is still ahead.',
    seed: [SEED.followDirections],
  },
  {
    id: 'needling-day',
    days: { from: 0, to: 0 },
    summary:
      'Pinpoint bleeding stops within 5 to 10 minutes, then a clear serum oozes for a short while. Today is about the first rinse and the first coats of ointment.',
    seed: [SEED.bleedingStops, SEED.serum, SEED.firstRinse, SEED.ointmentAfterDry],
  },
  {
    id: 'early-healing',
    days: { from: 1, to: 2 },
    summary:
      'Your skin is red or purplish from micro bruising, with some swelling that may be worse on day 2 than on day 1.',
    seed: [SEED.redPurple, SEED.swellingDay2],
  },
  {
    id: 'turning-pink',
    days: { from: 3, to: 3 },
    summary:
      'By the end of today the skin usually lightens to a sunburn pink and the swelling goes down. Several products can come back today.',
    seed: [SEED.pinkByDay3, SEED.vitaminC, SEED.sunscreenDay3, SEED.noCreams],
  },
  {
    id: 'settling',
    days: { from: 4, to: 5 },
    summary: 'The skin is usually a sunburn pink by now, and make-up can go back on from day 4 or 5.',
    seed: [SEED.pinkByDay3, SEED.makeup],
  },
  {
    id: 'fading',
    days: { from: 6, to: 8 },
    summary:
      'Swelling and bruising should be minimal from day 6, and by day 7 or 8 very few signs show while the tissue remodels.',
    seed: [SEED.minimalDay6, SEED.fewSignsDay7],
  },
  {
    id: 'finishing-ointment',
    days: { from: 9, to: OINTMENT_LAST_DAY },
    summary:
      'Very few signs should show now, and the tissue is remodelling. Keep up the ointment: 2 or 3 times a day for 10 to 14 days.',
    seed: [SEED.fewSignsDay7, SEED.ointmentCourse],
  },
  {
    id: 'remodelling',
    days: { from: OINTMENT_LAST_DAY + 1, to: COMPLETE_AFTER_DAYS },
    summary:
      'The tissue keeps remodelling. Products with active ingredients over the following weeks help collagen production.',
    seed: [SEED.fewSignsDay7, SEED.activesWeeks],
  },
  {
    id: 'complete',
    days: { from: COMPLETE_AFTER_DAYS + 1 },
    summary: 'That was over a year ago, so the recovery is complete.',
    seed: [SEED.fewSignsDay7, SEED.activesWeeks],
  },
];

export const CARE: readonly CareItem[] = [
  {
    id: 'first-rinse',
    days: { from: 0, to: 0 },
    rank: 1,
    brief:
      'Once the oozing stops, rinse with lukewarm water, let it air dry, and put on a light coat of ointment.',
    detail:
      'As soon as the oozing subsides, rinse with lukewarm water and let the skin air dry. No cleansers. Once it is dry, put on a light coat of occlusive ointment.',
    seed: [SEED.firstRinse, SEED.noCleansers, SEED.ointmentAfterDry, SEED.lightCoat],
  },
  {
    id: 'shower-wash',
    days: { from: 0, to: 0 },
    rank: 2,
    brief: 'A few hours later, wash it in a lukewarm shower, no soap, then ointment again.',
    detail:
      'A few hours after needling, wash the area again with lukewarm water in the shower. No soap, and no soaking in a bath, to avoid contamination. Massage very gently to clear blood and serum, then reapply the ointment.',
    seed: [SEED.showerWash, SEED.noSoapNoBath, SEED.gentleMassage, SEED.reapply],
  },
  {
    id: 'rinse-often',
    days: { from: 1, to: 2 },
    rank: 1,
    brief: 'Rinse with water often, and no cleansers until the end of day 2.',
    detail: 'Rinse the area with water often. Cleansers wait until the end of day 2.',
    seed: [SEED.rinseFrequently],
  },
  {
    id: 'ointment',
    days: { from: 0, to: OINTMENT_LAST_DAY },
    rank: 3,
    brief: 'Keep a light coat of ointment on, 2 or 3 times a day.',
    detail:
      'Keep your skin covered with a light coat of occlusive ointment at all times while it heals, 2 or 3 times a day for 10 to 14 days. One with vitamin A, like Infadolan, is ideal; petroleum jelly is also enough.',
    seed: [
      SEED.ointmentCourse,
      SEED.ointmentAlways,
      SEED.ointmentWhileHealing,
      SEED.lightCoat,
      SEED.vitaminAOintment,
      SEED.petroleumJelly,
    ],
  },
  {
    id: 'no-creams',
    days: { from: 0, to: 2 },
    rank: 4,
    brief: 'No creams or lotions yet.',
    detail:
      'For the first 2 days, no creams or lotions: their emulsifiers and preservatives can travel deep into the skin.',
    seed: [SEED.noCreams],
  },
  {
    id: 'layering',
    days: { from: 3, to: OINTMENT_LAST_DAY },
    rank: 4,
    brief:
      'Before other products, wash the ointment off, let them soak in 20 to 30 minutes, then reapply it.',
    detail:
      'When you use other products, wash the ointment off first, let them soak in for 20 to 30 minutes, then reapply the ointment.',
    seed: [SEED.layering],
  },
  {
    id: 'no-picking',
    days: { from: 1, to: OINTMENT_LAST_DAY },
    rank: 6,
    brief: 'Don’t pick at flakes.',
    detail:
      'Peeling is common while you heal. Don’t pick at flakes or peel hanging skin; the ointment helps delay peeling and, hopefully, prevent scabbing.',
    seed: [SEED.peelingCommon, SEED.noPicking, SEED.delayPeeling],
  },
  {
    id: 'sun-before-sunscreen',
    days: { from: 0, to: 2 },
    rank: 8,
    brief: 'Protect your skin from the sun with a hat; no sunscreen until day 3.',
    detail:
      'Sun protection matters a lot in the weeks after needling, but no sunscreen can go on until day 3. Sun protective clothing like a hat is recommended.',
    seed: [SEED.sunscreenDay3, SEED.hat],
  },
  {
    id: 'sun-with-sunscreen',
    days: { from: 3, to: COMPLETE_AFTER_DAYS },
    rank: 5,
    brief: 'Protect your skin from the sun, ideally with a zinc and titanium dioxide sunscreen and a hat.',
    detail:
      'Sun protection is very important in the weeks after needling. A natural zinc and titanium dioxide sunscreen is ideal, and a hat is recommended. Body skin covered by clothing may not need sunscreen.',
    seed: [SEED.sunscreenDay3, SEED.zincSunscreen, SEED.hat, SEED.bodyCovered],
  },
  {
    id: 'actives',
    days: { from: 3, to: COMPLETE_AFTER_DAYS },
    rank: 7,
    brief: 'Products with active ingredients, like vitamin C serum, help collagen production.',
    detail:
      'Actives are not required but highly recommended: a vitamin C serum from day 3, vitamin A and peptides usually from day 3 to 7, and active ingredients over the following weeks to help collagen production.',
    seed: [SEED.activesRecommended, SEED.vitaminC, SEED.vitaminAPeptides, SEED.activesWeeks],
  },
];

const rednessStages: readonly SymptomStage[] = [
  {
    days: { from: 0, to: 2 },
    kind: 'expected',
    say: 'Red or purplish skin from micro bruising is expected for the first three days. It shows more on lighter skin.',
    seed: [SEED.redPurple, SEED.lighterSkin],
  },
  {
    days: { from: 3, to: 3 },
    kind: 'expected',
    say: 'Red or purplish skin is still expected today, and by the end of day 3 it usually lightens to a sunburn pink.',
    seed: [SEED.redPurple, SEED.pinkByDay3],
  },
  {
    days: { from: 4, to: 5 },
    kind: 'easing',
    say: 'After day 3 the skin usually lightens to a pink like sunburn, and bruising should be minimal by day 6.',
    seed: [SEED.pinkByDay3, SEED.minimalDay6],
  },
  {
    days: { from: 6, to: 6 },
    kind: 'easing',
    say: 'Bruising should be minimal by day 6, and by day 7 or 8 very few signs show.',
    seed: [SEED.minimalDay6, SEED.fewSignsDay7],
  },
  {
    days: { from: 7, to: 8 },
    kind: 'easing',
    say: 'By day 7 or 8 there are very few visible signs of the procedure.',
    seed: [SEED.fewSignsDay7],
  },
];

const rednessTimeline = {
  say: 'The lesson expects redness and bruising to fade to pink after day 3, and to be minimal by day 6.',
  seed: [SEED.pinkByDay3, SEED.minimalDay6],
};

const ointmentAdvice = {
  say: 'Keep a light coat of ointment on, and don’t pick at it.',
  seed: [SEED.ointmentAlways, SEED.lightCoat, SEED.noPicking],
};

const lukewarmRinse = {
  say: 'You can clear it away with lukewarm water, no soap or rags.',
  seed: [SEED.clearSerum],
};

/** Symptoms the lesson does not describe; the skill says so and suggests a professional. */
const notDescribed = (id: SymptomId, name: string): Symptom => ({ id, name, stages: [] });

export const SYMPTOMS: readonly Symptom[] = [
  {
    id: 'bleeding',
    name: 'bleeding',
    stages: [
      {
        days: { from: 0, to: 0 },
        kind: 'expected',
        say: 'Pinpoint bleeding during and right after needling is expected. It usually stops within 5 to 10 minutes.',
        seed: [SEED.expectBleeding, SEED.bleedingStops],
      },
    ],
    advice: lukewarmRinse,
    timeline: {
      say: 'The lesson describes pinpoint bleeding only during and right after needling, stopping within 5 to 10 minutes.',
      seed: [SEED.expectBleeding, SEED.bleedingStops],
    },
  },
  {
    id: 'oozing',
    name: 'oozing',
    stages: [
      {
        days: { from: 0, to: 0 },
        kind: 'expected',
        say: 'A clear serum often oozes after the bleeding, and it quickly subsides as the channels close.',
        seed: [SEED.serum],
      },
    ],
    advice: lukewarmRinse,
    timeline: {
      say: 'The lesson describes clear serum oozing only right after needling, subsiding quickly as the channels close.',
      seed: [SEED.serum],
    },
  },
  { id: 'redness', name: 'redness', stages: rednessStages, timeline: rednessTimeline },
  { id: 'bruising', name: 'bruising', stages: rednessStages, timeline: rednessTimeline },
  {
    id: 'swelling',
    name: 'swelling',
    stages: [
      {
        days: { from: 0, to: 1 },
        kind: 'expected',
        say: 'Some swelling is expected in the first days, and it may be worse on day 2 than on day 1.',
        seed: [SEED.swellingDay2],
      },
      {
        days: { from: 2, to: 2 },
        kind: 'expected',
        say: 'Swelling may be worse on day 2 than it was on day 1. That is expected.',
        seed: [SEED.swellingDay2],
      },
      {
        days: { from: 3, to: 3 },
        kind: 'expected',
        say: 'Some swelling is still expected today, and by the end of day 3 it is usually reduced.',
        seed: [SEED.swellingDay2, SEED.pinkByDay3],
      },
      {
        days: { from: 4, to: 5 },
        kind: 'easing',
        say: 'Swelling is usually reduced after day 3, and should be minimal by day 6.',
        seed: [SEED.pinkByDay3, SEED.minimalDay6],
      },
      {
        days: { from: 6, to: 6 },
        kind: 'easing',
        say: 'Swelling should be minimal by day 6.',
        seed: [SEED.minimalDay6],
      },
      {
        days: { from: 7, to: 8 },
        kind: 'easing',
        say: 'By day 7 or 8 there are very few visible signs of the procedure.',
        seed: [SEED.fewSignsDay7],
      },
    ],
    timeline: {
      say: 'The lesson expects swelling in the first days, reduced by the end of day 3, and minimal by day 6.',
      seed: [SEED.swellingDay2, SEED.pinkByDay3, SEED.minimalDay6],
    },
  },
  {
    id: 'peeling',
    name: 'peeling',
    stages: [
      {
        days: { from: 0, to: OINTMENT_LAST_DAY },
        kind: 'common',
        say: 'Skin peeling is common while you heal. The ointment helps delay it.',
        seed: [SEED.peelingCommon, SEED.delayPeeling],
      },
    ],
    advice: {
      say: 'Don’t pick at flakes or peel hanging skin, and keep a light coat of ointment on.',
      seed: [SEED.noPicking, SEED.ointmentAlways, SEED.lightCoat],
    },
    timeline: {
      say: 'The lesson calls peeling common while the skin heals, during the 10 to 14 days of ointment.',
      seed: [SEED.peelingCommon, SEED.ointmentCourse],
    },
  },
  {
    id: 'scabbing',
    name: 'scabbing',
    stages: [
      {
        days: { from: 0, to: OINTMENT_LAST_DAY },
        kind: 'watch',
        say: 'The lesson doesn’t list scabbing as expected: keeping ointment on helps delay peeling and, hopefully, prevent scabbing.',
        seed: [SEED.delayPeeling],
      },
    ],
    advice: ointmentAdvice,
  },
  notDescribed('pain', 'pain'),
  notDescribed('itching', 'itching'),
  notDescribed('burning', 'a burning feeling'),
  notDescribed('warmth', 'warm or hot skin'),
  notDescribed('pus', 'pus'),
  notDescribed('fever', 'a fever'),
  notDescribed('rash', 'a rash'),
  notDescribed('breakouts', 'breakouts'),
  notDescribed('dryness', 'dryness'),
  notDescribed('tightness', 'tightness'),
  notDescribed('blisters', 'blisters'),
];

const layeringTip =
  'Wash the ointment off first, let the product soak in for 20 to 30 minutes, then reapply the ointment.';

/** Products and activities people ask about; the lesson's rule for each. */
export const PRODUCTS: readonly Product[] = [
  {
    id: 'ointment',
    name: 'ointment',
    plural: false,
    allowance: { kind: 'throughout' },
    rule: 'Keep a light coat of occlusive ointment on at all times while you heal, 2 or 3 times a day for 10 to 14 days.',
    tip: 'One with vitamin A, like Infadolan, is ideal; petroleum jelly is also enough.',
    seed: [
      SEED.ointmentAlways,
      SEED.ointmentCourse,
      SEED.lightCoat,
      SEED.vitaminAOintment,
      SEED.petroleumJelly,
    ],
  },
  {
    id: 'cleanser',
    name: 'cleansers',
    plural: true,
    allowance: { kind: 'from-day', day: 3 },
    rule: 'No cleansers until the end of day 2; rinse with water instead.',
    seed: [SEED.noCleansers, SEED.rinseFrequently],
  },
  {
    id: 'moisturiser',
    name: 'creams and lotions',
    plural: true,
    allowance: { kind: 'from-day', day: 3 },
    rule: 'For the first 2 days, no creams or lotions: their emulsifiers and preservatives can travel deep into the skin.',
    tip: layeringTip,
    seed: [SEED.noCreams, SEED.layering],
  },
  {
    id: 'sunscreen',
    name: 'sunscreen',
    plural: false,
    allowance: { kind: 'from-day', day: 3 },
    rule: 'No sunscreen until day 3; a hat protects you meanwhile.',
    tip: 'A natural zinc and titanium dioxide sunscreen is ideal, with a hat too. Body skin covered by clothing may not need it.',
    seed: [SEED.sunscreenDay3, SEED.hat, SEED.zincSunscreen, SEED.bodyCovered],
  },
  {
    id: 'vitamin-c',
    name: 'vitamin C serum',
    plural: false,
    allowance: { kind: 'from-day', day: 3 },
    rule: 'A vitamin C, or ascorbic acid, serum can start on day 3.',
    tip: `It helps collagen production. ${layeringTip}`,
    seed: [SEED.vitaminC, SEED.layering],
  },
  {
    id: 'vitamin-a',
    name: 'vitamin A',
    plural: false,
    allowance: { kind: 'from-day', day: 3, usualBy: 7 },
    rule: 'Vitamin A is usually reintroduced between day 3 and day 7.',
    tip: layeringTip,
    seed: [SEED.vitaminAPeptides, SEED.layering],
  },
  {
    id: 'peptides',
    name: 'peptides',
    plural: true,
    allowance: { kind: 'from-day', day: 3, usualBy: 7 },
    rule: 'Peptides are usually reintroduced between day 3 and day 7.',
    tip: layeringTip,
    seed: [SEED.vitaminAPeptides, SEED.layering],
  },
  {
    id: 'makeup',
    name: 'make-up',
    plural: false,
    allowance: { kind: 'from-day', day: 4, usualBy: 5 },
    rule: 'Make-up can go back on from day 4 or 5.',
    tip: layeringTip,
    seed: [SEED.makeup, SEED.layering],
  },
  {
    id: 'actives',
    name: 'actives',
    plural: true,
    umbrella: true,
    allowance: { kind: 'from-day', day: 3 },
    rule: 'Actives start on day 3 with a vitamin C serum; vitamin A and peptides usually come back between day 3 and day 7.',
    tip: 'They are highly recommended over the following weeks to help collagen production.',
    seed: [SEED.vitaminC, SEED.vitaminAPeptides, SEED.activesRecommended, SEED.activesWeeks],
  },
  {
    id: 'bath',
    name: 'a bath',
    plural: false,
    allowance: { kind: 'avoid-on', days: { from: 0, to: 0 } },
    rule: 'On the day of your needling, don’t soak in a bathtub, to avoid contamination; shower instead.',
    seed: [SEED.noSoapNoBath, SEED.showerWash],
  },
  {
    id: 'sun',
    name: 'the sun',
    plural: false,
    allowance: { kind: 'caution' },
    rule: 'Sun protection is very important in the weeks after needling. Sunscreen can go on from day 3, ideally a zinc and titanium dioxide one, and a hat is recommended.',
    seed: [SEED.sunscreenDay3, SEED.zincSunscreen, SEED.hat],
  },
  {
    id: 'picking',
    name: 'picking at flakes',
    plural: false,
    allowance: { kind: 'never' },
    rule: 'Don’t pick at skin flakes or peel hanging skin. The ointment helps delay peeling.',
    seed: [SEED.noPicking, SEED.delayPeeling],
  },
  { id: 'exercise', name: 'exercise', plural: false, allowance: { kind: 'not-covered' }, seed: [] },
  { id: 'swimming', name: 'swimming', plural: false, allowance: { kind: 'not-covered' }, seed: [] },
  { id: 'sauna', name: 'a sauna', plural: false, allowance: { kind: 'not-covered' }, seed: [] },
  { id: 'shaving', name: 'shaving', plural: false, allowance: { kind: 'not-covered' }, seed: [] },
  { id: 'exfoliants', name: 'exfoliants', plural: true, allowance: { kind: 'not-covered' }, seed: [] },
];

/** What changes on a day, said the same way whether that day is today or ahead. */
export const MILESTONES: readonly Milestone[] = [
  {
    day: 1,
    say: 'Expect red or purplish skin from micro bruising, and some swelling.',
    label: 'Red or purplish, some swelling',
    seed: [SEED.redPurple, SEED.swellingDay2],
  },
  {
    day: 2,
    say: 'Swelling may be worse than on day 1.',
    label: 'Swelling may be worse',
    seed: [SEED.swellingDay2],
  },
  {
    day: 3,
    say: 'By the day’s end, the skin usually lightens to a sunburn pink, with less swelling.',
    label: 'Sunburn pink, less swelling',
    seed: [SEED.pinkByDay3],
  },
  {
    day: 6,
    say: 'Swelling and bruising should become minimal.',
    label: 'Swelling and bruising minimal',
    seed: [SEED.minimalDay6],
  },
  {
    day: 7,
    say: 'By day 7 or 8 very few signs of the procedure show, while the tissue remodels.',
    label: 'Very few visible signs',
    seed: [SEED.fewSignsDay7],
  },
  {
    day: OINTMENT_LAST_DAY + 1,
    say: 'The 10 to 14 days of ointment, 2 or 3 times a day, are complete.',
    label: 'Ointment course complete',
    seed: [SEED.ointmentCourse],
  },
];

/** The needling day on the recovery strip; not a change to announce, so not a milestone. */
export const NEEDLING_DAY_MARK: Sourced & { readonly label: string } = {
  label: 'Pinpoint bleeding, then clear serum',
  seed: [SEED.expectBleeding, SEED.serum],
};

/** Products marked on the recovery strip on the day the lesson lets them back. */
export const STRIP_PRODUCTS: readonly StripProduct[] = [
  { id: 'sunscreen', label: 'Sunscreen' },
  { id: 'actives', label: 'Actives: vitamin C serum' },
  { id: 'makeup', label: 'Make-up, day 4 or 5' },
];

export const NEEDLING_GUIDE: Guide = {
  brief:
    'Follow your tool’s own directions first. In short: wipe your skin and work area with alcohol, pull the skin taut, use moderate pressure, lift the tool after each pass, and roll in a star pattern.',
  seed: [
    SEED.followDirections,
    SEED.sterilise,
    SEED.pullTaut,
    SEED.moderatePressure,
    SEED.liftTool,
    SEED.starPattern,
  ],
  steps: [
    { say: 'Sterilise your skin and work area by wiping them down with alcohol.', seed: [SEED.sterilise] },
    { say: 'Pull the skin taut as you needle, so the needles go in.', seed: [SEED.pullTaut] },
    { say: 'Spread the pricks evenly across the skin.', seed: [SEED.distribute] },
    {
      say: 'Lift the tool slightly after each pass, so the needles don’t go back into the same channels.',
      seed: [SEED.liftTool],
    },
    {
      say: 'Roll in a star pattern: 5 passes vertically, 5 horizontally, and 5 diagonally.',
      seed: [SEED.starPattern],
    },
    {
      say: 'Use moderate pressure. Don’t push too hard, but some pinpoint bleeding means you are reaching the dermis.',
      seed: [SEED.moderatePressure, SEED.pinpointMeansDermis],
    },
  ],
};

export const NUMBING_GUIDE: Guide = {
  brief:
    'Not everyone needs to numb; your patch test gives you an idea of how much it will hurt. Numbing cream suits small areas, and ice suits large ones.',
  seed: [SEED.notAllNumb, SEED.patchTest, SEED.numbingCream, SEED.iceLargeAreas],
  steps: [
    {
      say: 'For small areas, use a topical numbing cream. Wash it off with an oil free cleanser, then wipe the skin with alcohol.',
      seed: [SEED.numbingCream, SEED.numbingWashOff],
    },
    {
      say: 'Numb large areas with ice, so you don’t absorb too much of the numbing ingredients into your bloodstream.',
      seed: [SEED.iceLargeAreas],
    },
    {
      say: 'Ice packs work well because you can sterilise them with alcohol. For plain ice, freeze distilled water in a tray wiped with alcohol.',
      seed: [SEED.icePacks, SEED.iceCubes],
    },
    {
      say: 'After the ice, wipe the water off with gauze or a paper towel, then wipe the skin down with alcohol.',
      seed: [SEED.iceWipe],
    },
  ],
};

export const PREPARATION_GUIDE: Guide = {
  brief:
    'Follow your tool’s directions, use the actives that prepare your skin, do your patch test to see how much it will hurt, and have an occlusive ointment ready for afterwards.',
  seed: [SEED.followInstructions, SEED.activesPrepare, SEED.patchTest, SEED.ointmentAfterDry],
  steps: [],
};

/** Looks up a phase by id; the data covers every id. */
export function phaseById(id: PhaseId): Phase {
  const phase = PHASES.find((p) => p.id === id);
  if (!phase) throw new Error(`No phase ${id}`);
  return phase;
}

/** Looks up a product by id; the data covers every id. */
export function productById(id: ProductId): Product {
  const product = PRODUCTS.find((p) => p.id === id);
  if (!product) throw new Error(`No product ${id}`);
  return product;
}

/** Looks up a symptom by id; the data covers every id. */
export function symptomById(id: SymptomId): Symptom {
  const symptom = SYMPTOMS.find((s) => s.id === id);
  if (!symptom) throw new Error(`No symptom ${id}`);
  return symptom;
}
