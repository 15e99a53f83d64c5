import {
  DENSE_NOTE,
  MILESTONES,
  NEEDLING_DAY_MARK,
  STRIP_PRODUCTS,
  productById,
} from '../../lambda/care/content';
import { lastReminderDay } from '../../lambda/care/ointment';
import {
  addDays,
  nextChange,
  productAnswer,
  timelineFor,
  todaysCare,
  type Timeline,
} from '../../lambda/care/recovery';
import { planRoutine, ROUTINES, planOf } from '../../lambda/care/routines';
import type { NeedlingType } from '../../lambda/care/types';
import { routineScreen, routineToken } from '../../lambda/screens/routine-data';
import { marksOn, timelineScreen } from '../../lambda/screens/timeline-data';
import { todayCard, routineCard } from '../../lambda/speech/cards';
import { stepWords } from '../../lambda/speech/routine';

const PROCEDURE = '2026-11-20';

function onDay(day: number, needling: NeedlingType = 'standard'): Timeline {
  return timelineFor(PROCEDURE, needling, new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`), 'UTC');
}

const SAMPLE_DAYS = [0, 3, 7, 14, 30] as const;

describe('timelineScreen', () => {
  it.each(SAMPLE_DAYS)('on day %i shows days 0 to 14 with today, and only today, highlighted', (day) => {
    // Act
    const screen = timelineScreen(todaysCare(onDay(day)));

    // Assess
    expect(screen.days.map((d) => d.title)).toEqual(Array.from({ length: 15 }, (_, i) => `Day ${i}`));
    const highlighted = screen.days.flatMap((d, i) => (d.state === 'today' ? [i] : []));
    expect(highlighted).toEqual(day <= 14 ? [day] : []);
    expect(screen.days.slice(0, Math.min(day, 15)).every((d) => d.state === 'past')).toBe(true);
    expect(screen.focusIndex).toBe(Math.min(day, 14));
  });

  it.each(SAMPLE_DAYS)('on day %i lists exactly the engine’s care for the day, in its order', (day) => {
    const today = todaysCare(onDay(day));

    const screen = timelineScreen(today);

    expect(screen.checklist).toEqual(today.care.map((c) => c.brief));
    expect(screen.summary).toBe(today.phase.summary);
  });

  it.each(SAMPLE_DAYS)('on day %i says what is allowed now as the engine answers it', (day) => {
    // Prepare
    const timeline = onDay(day);

    // Act
    const { allowed, usuallySoon } = timelineScreen(todaysCare(timeline));

    // Assess: every strip product is listed exactly when the engine says yes today.
    for (const { id } of STRIP_PRODUCTS.filter((p) => !productById(p.id).umbrella)) {
      const product = productById(id);
      const yes = productAnswer(timeline, id).verdict === 'yes';
      expect([id, allowed.toLowerCase().includes(product.name)]).toEqual([id, yes]);
    }
    const soon = productAnswer(timeline, 'vitamin-a').verdict === 'usually-soon';
    expect(usuallySoon !== '').toBe(soon);
  });

  it.each(SAMPLE_DAYS)('on day %i names the next change with its day and weekday, or none', (day) => {
    // Prepare
    const timeline = onDay(day);
    const next = nextChange(timeline);

    // Act
    const screen = timelineScreen(todaysCare(timeline));

    // Assess
    if (!next) {
      expect([screen.nextWhen, screen.nextWhat]).toEqual(['', '']);
      return;
    }
    const weekday = new Date(`${next.date}T12:00:00Z`).toLocaleDateString('en-US', {
      weekday: 'long',
      timeZone: 'UTC',
    });
    expect(screen.nextWhen).toMatch(new RegExp(`^Day ${next.day}, ${weekday}, `));
    for (const m of next.milestones) expect(screen.nextWhat).toContain(m.label);
    for (const p of [...next.allowed, ...next.usuallyFrom]) expect(screen.nextWhat).toContain(p.name);
  });

  it('marks the lesson’s milestones and returning products on their days', () => {
    expect(marksOn(0)).toContain(NEEDLING_DAY_MARK.label);
    for (const m of MILESTONES) expect(marksOn(m.day)).toContain(m.label);
    for (const p of STRIP_PRODUCTS) {
      const { allowance } = productById(p.id);
      expect(allowance.kind === 'from-day' && marksOn(allowance.day)).toContain(p.label);
    }
    expect(marksOn(5)).toEqual([]);
  });

  it('stretches the strip for dense needling and shows the lesson’s note', () => {
    // Prepare
    const timeline = onDay(16, 'dense');

    // Act
    const screen = timelineScreen(todaysCare(timeline));

    // Assess
    expect(screen.days).toHaveLength(lastReminderDay(timeline) + 1);
    expect(screen.days.length).toBeGreaterThan(15);
    expect(screen.days[16]?.state).toBe('today');
    expect(screen.note).toBe(DENSE_NOTE.say);
    expect(timelineScreen(todaysCare(onDay(16))).note).toBe('');
  });

  it('counts down before the needling day, with nothing allowed yet and no day highlighted', () => {
    const screen = timelineScreen(todaysCare(onDay(-2)));

    expect(screen.heading).toBe('Your needling is in 2 days');
    expect(screen.days.every((d) => d.state === 'ahead')).toBe(true);
    expect([screen.allowed, screen.usuallySoon, screen.focusIndex]).toEqual(['', '', 0]);
  });

  it('dates each day of the strip in the calendar', () => {
    const screen = timelineScreen(todaysCare(onDay(3)));

    // 2026-11-20 was a Friday.
    expect(screen.days.slice(0, 4).map((d) => d.date)).toEqual(['Fri 20', 'Sat 21', 'Sun 22', 'Mon 23']);
    expect(screen.date).toBe('Monday, November 23');
  });
});

describe('routineScreen', () => {
  it.each(ROUTINES.map((r) => [r.id, r] as const))(
    'shows every step of %s in the words it speaks',
    (_, routine) => {
      // Prepare
      const plan = planOf(routine, onDay(Math.max(3, routine.days.from)));

      // Act
      const screen = routineScreen(plan, 1);

      // Assess
      const total = plan.steps.length;
      expect(screen.total).toBe(total);
      expect(screen.current).toBe(1);
      expect(screen.steps.map((s) => s.heading)).toEqual(
        plan.steps.map((_s, i) => `Step ${i + 1} of ${total}`),
      );
      expect(screen.steps.map((s) => s.text)).toEqual(plan.steps.map(stepWords));
      plan.steps.forEach((step, i) => {
        expect([i, screen.steps[i]?.wait !== '']).toEqual([i, step.wait !== undefined]);
      });
    },
  );

  it('gives the soak its minutes from the lesson', () => {
    const plan = planRoutine(onDay(3));
    if (plan.kind !== 'routine') throw new Error('expected a routine on day 3');
    const soak = plan.steps.find((s) => s.wait?.kind === 'soak')?.wait;

    const screen = routineScreen(plan, 0);

    expect(soak?.kind).toBe('soak');
    if (soak?.kind === 'soak')
      expect(screen.steps.map((s) => s.wait)).toContain(
        `Soak in: ${soak.minMinutes} to ${soak.maxMinutes} minutes`,
      );
  });

  it('keeps the step on screen within the routine, its end included', () => {
    const plan = planOf(ROUTINES[0] ?? fail(), onDay(0));

    expect(routineScreen(plan, -3).current).toBe(0);
    expect(routineScreen(plan, 99).current).toBe(plan.steps.length);
  });

  it('names a routine’s screen by its steps, so a day with other products draws afresh', () => {
    // Prepare: make-up comes back on day 4, so the product step reads differently.
    const layering = ROUTINES.find((r) => r.id === 'layering') ?? fail();
    const token = (day: number, step: number): string =>
      routineToken(routineScreen(planOf(layering, onDay(day)), step));

    // Assess
    expect(token(3, 0)).toBe(token(3, 2));
    expect(token(3, 0)).not.toBe(token(4, 0));
  });
});

describe('cards', () => {
  it.each(SAMPLE_DAYS)('on day %i list the day’s care as a checklist, with the disclaimer', (day) => {
    const today = todaysCare(onDay(day));

    const card = todayCard(today);

    for (const c of today.care) expect(card.text).toContain(`• ${c.brief}`);
    expect(card.text).toMatch(/not medical advice/);
    expect(card.title).toBe(day === 0 ? 'Needling day' : `Day ${day} of your recovery`);
  });

  it('number a routine’s steps in the words it speaks', () => {
    const plan = planRoutine(onDay(3));
    if (plan.kind !== 'routine') throw new Error('expected a routine on day 3');

    const card = routineCard(plan);

    plan.steps.forEach((step, i) => {
      expect(card.text).toContain(`${i + 1}. ${stepWords(step)}`);
    });
  });
});

function fail(): never {
  throw new Error('missing test data');
}
