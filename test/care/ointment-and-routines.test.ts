import { XMLValidator } from 'fast-xml-parser';
import { planReminders, recentLog, shouldNudge, summariseLog } from '../../lambda/care/ointment';
import { addDays, productAnswer, timelineFor, type Timeline } from '../../lambda/care/recovery';
import { planRoutine } from '../../lambda/care/routines';
import type { NeedlingType } from '../../lambda/care/types';
import { stepSpeech } from '../../lambda/speech/routine';

const PROCEDURE = '2026-11-20';

function onDay(day: number, needling: NeedlingType = 'standard', hourUtc = 12): Timeline {
  const at = `${addDays(PROCEDURE, day)}T${String(hourUtc).padStart(2, '0')}:00:00Z`;
  return timelineFor(PROCEDURE, needling, new Date(at), 'UTC');
}

describe('planRoutine', () => {
  it.each([
    [0, 'just-after' as const, 'first-rinse', 3],
    [0, 'hours-later' as const, 'shower-wash', 3],
    [1, undefined, 'water-rinse', 2],
    [2, undefined, 'water-rinse', 2],
    [3, undefined, 'layering', 4],
    [14, undefined, 'layering', 4],
  ])('on day %i (%s) is %s in %i steps', (day, stage, id, steps) => {
    const plan = planRoutine(onDay(day), stage);

    expect(plan.kind === 'routine' && [plan.routine.id, plan.steps.length]).toEqual([id, steps]);
  });

  it('asks on day 0 which rinse it is, and has none before the procedure or after day 14', () => {
    expect(planRoutine(onDay(0)).kind).toBe('ask-stage');
    expect(planRoutine(onDay(-1))).toEqual({ kind: 'none', reason: 'before' });
    expect(planRoutine(onDay(15))).toEqual({ kind: 'none', reason: 'after' });
  });

  it.each(Array.from({ length: 12 }, (_, i) => i + 3))(
    'names on day %i exactly the products the engine allows that day',
    (day) => {
      // Prepare
      const timeline = onDay(day);
      const plan = planRoutine(timeline);
      if (plan.kind !== 'routine') throw new Error('expected a routine');

      // Act
      const step = plan.steps.find((s) => s.listsProducts);

      // Assess
      for (const product of step?.products ?? [])
        expect(productAnswer(timeline, product.id).verdict).toBe('yes');
      for (const product of step?.usualProducts ?? []) {
        expect(productAnswer(timeline, product.id).verdict).toBe('usually-soon');
      }
      expect(step?.products?.map((p) => p.id)).toEqual(expect.arrayContaining(['vitamin-c', 'sunscreen']));
    },
  );

  it.each(Array.from({ length: 15 }, (_, day) => day))(
    'speaks every step of day %i as short, valid SSML',
    (day) => {
      for (const stage of ['just-after', 'hours-later'] as const) {
        const plan = planRoutine(onDay(day), stage);
        if (plan.kind !== 'routine') throw new Error('expected a routine');
        plan.steps.forEach((_, i) => {
          const { speech, reprompt } = stepSpeech(plan, i);
          for (const text of [speech, reprompt]) {
            expect(XMLValidator.validate(`<speak>${text}</speak>`)).toBe(true);
            expect(text.split(/\s+/).length).toBeLessThan(75);
          }
        });
      }
    },
  );
});

describe('planReminders', () => {
  const now = (day: number): Date => new Date(`${addDays(PROCEDURE, day)}T15:00:00Z`);

  it('plans 3 times a day to the end of day 14 by default, 2 when asked, or the user’s own times sorted', () => {
    const timeline = onDay(4);

    const byDefault = planReminders(timeline, now(4), 'America/New_York');
    const twice = planReminders(timeline, now(4), 'America/New_York', { count: 2 });
    const own = planReminders(timeline, now(4), 'America/New_York', { times: ['20:00', '08:30', '20:00'] });

    expect(byDefault).toEqual({
      kind: 'plan',
      shortened: false,
      plan: {
        times: ['09:00', '14:00', '21:00'],
        until: { day: 14, date: '2026-12-04' },
        start: '2026-11-24T10:00:00.000',
      },
    });
    expect(twice.kind === 'plan' && twice.plan.times).toEqual(['09:00', '21:00']);
    expect(own.kind === 'plan' && own.plan.times).toEqual(['08:30', '20:00']);
  });

  it('lets dense needling run up to a week past day 14 when asked, and no one further', () => {
    const dense = planReminders(onDay(4, 'dense'), now(4), 'UTC', { untilDay: 18 });
    const tooFar = planReminders(onDay(4, 'dense'), now(4), 'UTC', { untilDay: 40 });
    const standard = planReminders(onDay(4), now(4), 'UTC', { untilDay: 18 });

    expect(dense.kind === 'plan' && [dense.plan.until.day, dense.shortened]).toEqual([18, false]);
    expect(tooFar.kind === 'plan' && [tooFar.plan.until.day, tooFar.shortened]).toEqual([21, true]);
    expect(standard.kind === 'plan' && [standard.plan.until.day, standard.shortened]).toEqual([14, true]);
  });

  it('has nothing to plan before the procedure or after the course', () => {
    expect(planReminders(onDay(-2), now(-2), 'UTC')).toEqual({ kind: 'none', reason: 'before' });
    expect(planReminders(onDay(15), now(15), 'UTC')).toEqual({ kind: 'none', reason: 'over' });
  });
});

describe('the ointment log', () => {
  const log = [
    '2026-11-21T08:00:00Z',
    '2026-11-23T23:30:00Z',
    '2026-11-24T13:00:00Z',
    '2026-11-24T23:00:00Z',
  ];

  it('counts today in the user’s zone', () => {
    // 23:30 UTC on the 23rd is the 23rd in New York; 23:00 UTC on the 24th is still the 24th there.
    const summary = summariseLog(log, new Date('2026-11-25T00:30:00Z'), 'America/New_York');

    expect(summary).toEqual({ today: 2, last: { at: '2026-11-24T23:00:00Z', time: '18:00', daysAgo: 0 } });
  });

  it('keeps three days and drops entries from the future', () => {
    const now = new Date('2026-11-24T14:00:00Z');

    expect(recentLog([...log, '2026-11-30T00:00:00Z'], now)).toEqual([
      '2026-11-23T23:30:00Z',
      '2026-11-24T13:00:00Z',
    ]);
  });

  it('nudges only in the evening, with fewer than two today, during the course', () => {
    const summaryAt = (iso: string) => summariseLog(['2026-11-24T13:00:00Z'], new Date(iso), 'UTC');

    expect(
      shouldNudge(onDay(4), summaryAt('2026-11-24T19:00:00Z'), new Date('2026-11-24T19:00:00Z'), 'UTC'),
    ).toBe(true);
    expect(
      shouldNudge(onDay(4), summaryAt('2026-11-24T17:00:00Z'), new Date('2026-11-24T17:00:00Z'), 'UTC'),
    ).toBe(false);
    expect(
      shouldNudge(onDay(15), summaryAt('2026-11-24T19:00:00Z'), new Date('2026-11-24T19:00:00Z'), 'UTC'),
    ).toBe(false);
    expect(
      shouldNudge(
        onDay(4),
        summariseLog([], new Date('2026-11-24T19:00:00Z'), 'UTC'),
        new Date('2026-11-24T19:00:00Z'),
        'UTC',
      ),
    ).toBe(false);
  });
});
