import { MILESTONES, PRODUCTS, SYMPTOMS } from '../../lambda/care/content';
import {
  addDays,
  daysBetween,
  isCalendarDate,
  inWindow,
  nextChange,
  productAnswer,
  symptomAnswer,
  timelineFor,
  todaysCare,
  type Timeline,
} from '../../lambda/care/recovery';
import type { NeedlingType } from '../../lambda/care/types';

const PROCEDURE = '2026-11-20';
const DAYS = Array.from({ length: 31 }, (_, day) => day);

/** The timeline on `day`, at noon UTC, for a user in UTC. */
function onDay(day: number, needling: NeedlingType = 'standard'): Timeline {
  return timelineFor(PROCEDURE, needling, new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`), 'UTC');
}

describe('timelineFor', () => {
  it('counts calendar days in the user’s zone, not in UTC', () => {
    // Prepare: 06:30 UTC on the 21st is still the 20th in Los Angeles and already the 21st in Berlin.
    const now = new Date('2026-11-21T06:30:00Z');

    // Act
    const la = timelineFor(PROCEDURE, 'standard', now, 'America/Los_Angeles');
    const berlin = timelineFor(PROCEDURE, 'standard', now, 'Europe/Berlin');

    // Assess
    expect([la.day, la.today]).toEqual([0, '2026-11-20']);
    expect([berlin.day, berlin.today]).toEqual([1, '2026-11-21']);
  });

  it('counts whole days across a daylight-saving change', () => {
    const timeline = timelineFor(
      '2026-03-28',
      'standard',
      new Date('2026-03-30T00:30:00+02:00'),
      'Europe/Berlin',
    );

    expect(timeline.day).toBe(2);
  });

  it('gives a negative day while the procedure is ahead', () => {
    expect(timelineFor('2026-12-01', 'standard', new Date('2026-11-24T12:00:00Z'), 'UTC').day).toBe(-7);
  });
});

describe('todaysCare, every day from 0 to 30', () => {
  it.each(DAYS)('day %i: lists exactly the care whose window holds the day, most important first', (day) => {
    // Act
    const care = todaysCare(onDay(day));

    // Assess
    expect(care.timeline.day).toBe(day);
    expect(inWindow(care.phase.days, day)).toBe(true);
    for (const item of care.care) expect(inWindow(item.days, day)).toBe(true);
    const ranks = care.care.map((c) => c.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(care.milestone).toEqual(MILESTONES.find((m) => m.day === day));
    for (const product of care.newlyAllowed) {
      expect(productAnswer(onDay(day), product.id).verdict).toBe('yes');
      expect(productAnswer(onDay(day - 1), product.id).verdict).not.toBe('yes');
    }
  });

  it('asks for ointment on every day of the 10 to 14 days and not after', () => {
    const ointmentDays = DAYS.filter((day) => todaysCare(onDay(day)).care.some((c) => c.id === 'ointment'));

    expect(ointmentDays).toEqual(DAYS.filter((d) => d <= 14));
  });

  it('adds the dense-needling note only for dense needling', () => {
    expect(todaysCare(onDay(4, 'dense')).denseNote?.say).toMatch(/few days longer/);
    expect(todaysCare(onDay(4)).denseNote).toBeUndefined();
  });
});

describe('productAnswer, every product on every day from 0 to 30', () => {
  const cases = PRODUCTS.flatMap((product) => DAYS.map((day) => [product.id, day] as const));

  it.each(cases)('%s on day %i follows its allowance', (id, day) => {
    // Prepare
    const product = PRODUCTS.find((p) => p.id === id);
    if (!product) throw new Error(id);
    const { allowance } = product;

    // Act
    const answer = productAnswer(onDay(day), id);

    // Assess
    switch (allowance.kind) {
      case 'from-day': {
        const usualBy = allowance.usualBy ?? allowance.day;
        const expected = day < allowance.day ? 'not-yet' : day < usualBy ? 'usually-soon' : 'yes';
        expect(answer.verdict).toBe(expected);
        expect(answer.from).toEqual({ day: allowance.day, date: addDays(PROCEDURE, allowance.day) });
        break;
      }
      case 'avoid-on':
        expect(answer.verdict).toBe(inWindow(allowance.days, day) ? 'not-today' : 'lesson-silent');
        break;
      default:
        expect(answer.verdict).toBe(
          { throughout: 'yes', never: 'never', caution: 'caution', 'not-covered': 'not-covered' }[
            allowance.kind
          ],
        );
    }
  });

  it.each(PRODUCTS.map((p) => p.id))('%s: once allowed, stays allowed', (id) => {
    const allowed = DAYS.map((day) => productAnswer(onDay(day), id).verdict === 'yes');
    const firstAllowed = allowed.indexOf(true);

    if (firstAllowed >= 0) expect(allowed.slice(firstAllowed).every(Boolean)).toBe(true);
  });

  it('answers as the lesson says on the days it names', () => {
    const verdict = (id: Parameters<typeof productAnswer>[1], day: number): string =>
      productAnswer(onDay(day), id).verdict;

    expect([verdict('sunscreen', 2), verdict('sunscreen', 3)]).toEqual(['not-yet', 'yes']);
    expect([verdict('makeup', 3), verdict('makeup', 4), verdict('makeup', 5)]).toEqual([
      'not-yet',
      'usually-soon',
      'yes',
    ]);
    expect([verdict('bath', 0), verdict('bath', 1)]).toEqual(['not-today', 'lesson-silent']);
    expect(verdict('picking', 9)).toBe('never');
  });

  it('says "not today" for a bath before the procedure too', () => {
    expect(
      productAnswer(timelineFor(PROCEDURE, 'standard', new Date('2026-11-18T12:00Z'), 'UTC'), 'bath'),
    ).toMatchObject({ verdict: 'not-today', beforeNeedling: true });
  });
});

describe('symptomAnswer, every symptom on every day from 0 to 30', () => {
  const cases = SYMPTOMS.flatMap((symptom) => DAYS.map((day) => [symptom.id, day] as const));

  it.each(cases)('%s on day %i matches the stage that covers the day', (id, day) => {
    // Prepare
    const symptom = SYMPTOMS.find((s) => s.id === id);
    if (!symptom) throw new Error(id);
    const stage = symptom.stages.find((s) => inWindow(s.days, day));

    // Act
    const answer = symptomAnswer(onDay(day), id);

    // Assess
    if (symptom.stages.length === 0) expect(answer.verdict).toBe('not-described');
    else if (stage) expect([answer.verdict, answer.stage]).toEqual([stage.kind, stage]);
    else expect(answer.verdict).toBe('outside');
  });

  it.each(SYMPTOMS.filter((s) => s.stages.length > 0).map((s) => s.id))(
    '%s: stages run without gaps, and outside the timeline comes only after them',
    (id) => {
      const verdicts = DAYS.map((day) => symptomAnswer(onDay(day), id).verdict);
      const firstOutside = verdicts.indexOf('outside');

      if (firstOutside >= 0) expect(verdicts.slice(firstOutside).every((v) => v === 'outside')).toBe(true);
      expect(verdicts[0]).not.toBe('outside');
    },
  );

  it('adds the dense note outside the timeline for dense needling only', () => {
    expect(symptomAnswer(onDay(12, 'dense'), 'swelling').denseNote).toBeDefined();
    expect(symptomAnswer(onDay(12), 'swelling').denseNote).toBeUndefined();
  });

  it('expects what the lesson expects: bleeding on day 0 only, swelling into day 3', () => {
    expect(DAYS.filter((d) => symptomAnswer(onDay(d), 'bleeding').verdict === 'expected')).toEqual([0]);
    expect(DAYS.filter((d) => symptomAnswer(onDay(d), 'swelling').verdict === 'expected')).toEqual([
      0, 1, 2, 3,
    ]);
  });
});

describe('nextChange', () => {
  it.each(DAYS)('day %i: names the first later day on which something changes', (day) => {
    // Act
    const change = nextChange(onDay(day));

    // Assess
    const changeDays = [
      ...MILESTONES.map((m) => m.day),
      ...PRODUCTS.flatMap((p) => (!p.umbrella && p.allowance.kind === 'from-day' ? [p.allowance.day] : [])),
    ].filter((d) => d > day);
    if (changeDays.length === 0) {
      expect(change).toBeUndefined();
      return;
    }
    expect(change?.day).toBe(Math.min(...changeDays));
    expect(change?.date).toBe(addDays(PROCEDURE, change?.day ?? NaN));
    expect(
      (change?.milestones.length ?? 0) + (change?.allowed.length ?? 0) + (change?.usuallyFrom.length ?? 0),
    ).toBeGreaterThan(0);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-29', -30, '2026-02-27'],
    ['0050-01-01', 365, '0051-01-01'],
  ])('moves %s by %i days to %s, and back', (from, days, to) => {
    expect(addDays(from, days)).toBe(to);
    expect(daysBetween(from, to)).toBe(days);
  });

  it('knows a calendar date from a date-shaped string', () => {
    expect(['2028-02-29', '2026-11-24', '1900-01-01'].map(isCalendarDate)).toEqual([true, true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-11-31', '2026-1-1', 'PRESENT_REF'].map(isCalendarDate)).toEqual(
      [false, false, false, false, false],
    );
  });
});
