/**
 * The sentences of the seed lesson ("Skin Needling Lesson 6: Procedure and Recovery") that the
 * care content restates, verbatim. A test checks each one against `seed-lesson.txt`.
 */
export const SEED = {
  followDirections: 'Follow the directions of your needling tool.',
  sterilise: 'Make sure to sterilize your skin and work area by wiping it down with alcohol.',
  pullTaut: 'Pull the skin taut as you needle to ensure penetration.',
  distribute: 'Do your best to distribute the needle pricks evenly across the surface of the skin.',
  liftTool:
    'Lifting the tool slightly after each pass will help prevent the needles from going back into the same channels.',
  starPattern:
    'Rolling in a “star” pattern (5 passes vertically, 5 horizontally, and 5 diagonally) is helpful for distribution.',
  moderatePressure: 'Use moderate pressure while needling.',
  pinpointMeansDermis:
    'You don’t want to push too hard, but there should be some pinpoint bleeding if you are reaching the dermis.',
  uncomfortable: 'The needling process is often uncomfortable.',
  notAllNumb: 'Not all people will need to numb the skin.',
  patchTest: 'You’ll get an idea of how much it will hurt when you do your patch test.',
  numbingCream: 'You can use topical numbing cream on small areas of skin.',
  numbingWashOff:
    'Wash the numbing cream off with an oil free cleanser before wiping the skin down with antiseptic alcohol.',
  iceLargeAreas:
    'Large areas should be numbed with ice because you don’t want to absorb too much of the numbing ingredients into your bloodstream.',
  icePacks: 'Ice packs are helpful because they can and should be sterilized by wiping them with alcohol.',
  iceCubes:
    'If you do use plain ice make your cubes with distilled water and wipe the tray down with alcohol before freezing.',
  iceWipe:
    'After numbing with ice, wipe the water off of the skin with gauze or a paper towel before wiping the skin down with alcohol.',
  followInstructions: 'Follow the instructions included with your needling tool.',
  activesRecommended: 'Although you do not need to use topical actives, it is highly recommended.',
  activesPrepare:
    'The same actives you should use to prepare your skin will help while the skin is remodeling after needling.',
  expectBleeding: 'You should expect some pinpoint bleeding during and immediately after skin needling.',
  bleedingStops: 'The bleeding stops quickly, usually in 5 to 10 minutes.',
  serum:
    'This is often followed by a clear serum oozing from the skin, which also quickly subsides as the channels close.',
  clearSerum: 'You can clear away the serum and ooze with lukewarm water, no soap or rags.',
  firstRinse:
    'Immediately after the oozing subsides, rinse the area with lukewarm water and allow it to air dry.',
  noCleansers: 'Do not use any cleansers.',
  ointmentAfterDry: 'After the skin has dried, apply an occlusive ointment to the area.',
  vitaminAOintment: 'If possible, use an ointment that contains Vitamin A, like Infadolan.',
  petroleumJelly: 'Covering the area with petroleum jelly is also sufficient.',
  lightCoat: 'You don’t have to use a lot, just a light coating will suffice.',
  ointmentCourse: 'Apply the ointment 2 or 3 times a day for the following 10 to 14 days.',
  showerWash: 'A few hours after the procedure, wash the area again with lukewarm water in the shower.',
  noSoapNoBath: 'Do not use soap or soak in a bathtub to avoid contamination.',
  gentleMassage: 'Massage the treated area very gently to help remove any excess blood and serum.',
  reapply: 'Reapply the occlusive ointment.',
  gentlePressure:
    'Don’t use too much pressure; there is not need to actually see anything oozing out of the skin.',
  redPurple: 'For the first three days after needling, the skin will be red or purplish from micro bruising.',
  lighterSkin: 'This color is more apparent in lighter skin tones.',
  swellingDay2: 'There is also some swelling, which may be worse on the second day than it was on the first.',
  rinseFrequently:
    'Avoid using cleansers until the end of the second day, but rinse the area with water frequently and keep applying the occlusive ointment.',
  pinkByDay3:
    'By the end of the third day, the skin will typically lighten to a pink color resembling sunburn and swelling will be reduced.',
  noCreams:
    'For the first 2 days, do not use creams or lotions because the emulsifiers and preservative can travel deep into the skin.',
  vitaminC:
    'You can start using an ascorbic acid serum on the third day after needling to enhance collagen production.',
  vitaminAPeptides: 'Use of Vitamin A and peptides are usually reintroduced on the third to seventh day.',
  sunscreenDay3:
    'Sun protection in the weeks after needling is very important, but you can’t wear any sunscreen until day 3.',
  zincSunscreen: 'A natural zinc and titanium dioxide based sunscreen is ideal.',
  hat: 'Sun protective clothing like a hat is also recommended.',
  bodyCovered: 'You may not need to use sunscreen on body skin as long as it is covered with clothing.',
  ointmentAlways: 'It’s important to keep using an occlusive ointment on the skin at all times.',
  layering:
    'Wash it off before applying your other products, allow them to soak in for 20 to 30 minutes, and then reapply the occlusive ointment.',
  peelingCommon: 'Skin peeling during the healing process is common.',
  noPicking: 'Do not pick at any skin flakes or peel hanging skin.',
  delayPeeling: 'Using an occlusive ointment will help delay skin peeling and hopefully prevent scabbing.',
  ointmentWhileHealing:
    'It is critical that you continually use an occlusive ointment while the skin is healing.',
  makeup: 'On the fourth or fifth day, you can start wearing make up again.',
  minimalDay6: 'Swelling and bruising should become minimal by the sixth day.',
  fewSignsDay7:
    'By Day 7 or 8, there are very few visible signs of the procedure and the tissue remodeling process is underway.',
  dense: 'Dense needling will take a few days longer to heal, but the process is generally the same.',
  activesWeeks:
    'Using skin care products with active ingredients over the following weeks will enhance collagen production and is greatly recommended.',
} as const;
