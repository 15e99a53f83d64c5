import { StaticAplTemplateValidator } from 'apl-suggester';
import { addDays, timelineFor, todaysCare } from '../../lambda/care/recovery';
import { ROUTINES, planOf } from '../../lambda/care/routines';
import type { NeedlingType } from '../../lambda/care/types';
import { BUTTON_ACTIONS } from '../../lambda/handlers/touch';
import { routineScreen, type RoutineScreen } from '../../lambda/screens/routine-data';
import { APL_VERSION, DOCUMENTS, ROUTINE_COMPONENT } from '../../lambda/screens/screens';
import { timelineScreen, type TimelineScreen } from '../../lambda/screens/timeline-data';
import { DISPLAYS } from '../../dev/envelope';
import { inflate, viewportOf, type Inflated } from '../../dev/apl/inflate';

const PROCEDURE = '2026-11-20';

function timelineOn(day: number, needling: NeedlingType = 'standard'): TimelineScreen {
  const now = new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`);
  return timelineScreen(todaysCare(timelineFor(PROCEDURE, needling, now, 'UTC')));
}

/** Every timeline the tests draw: the sample days, dense needling, before and long after. */
function timelines(): [string, TimelineScreen][] {
  return [
    ...[-2, 0, 3, 7, 14, 30, 400].map((day): [string, TimelineScreen] => [`day ${day}`, timelineOn(day)]),
    ['dense day 16', timelineOn(16, 'dense')],
  ];
}

/** Every routine at every step and at its end. */
function routines(): [string, RoutineScreen][] {
  return ROUTINES.flatMap((routine) => {
    const plan = planOf(
      routine,
      timelineFor(PROCEDURE, 'standard', new Date(`${addDays(PROCEDURE, 3)}T12:00:00Z`), 'UTC'),
    );
    return Array.from({ length: plan.steps.length + 1 }, (_, step): [string, RoutineScreen] => [
      `${routine.id} at ${step}`,
      routineScreen(plan, step),
    ]);
  });
}

/** apl-suggester prints a line for each component it has no extra rules for. */
async function validate(document: unknown): Promise<unknown[]> {
  const quiet = [
    jest.spyOn(console, 'log').mockImplementation(() => undefined),
    jest.spyOn(console, 'warn').mockImplementation(() => undefined),
  ];
  try {
    return await new StaticAplTemplateValidator().validate(document as never);
  } finally {
    for (const spy of quiet) spy.mockRestore();
  }
}

function walk(node: Inflated | undefined): Inflated[] {
  return node ? [node, ...node.children.flatMap(walk)] : [];
}

/** The text a person sees: Text components that are displayed, with every ancestor displayed. */
function visibleText(node: Inflated | undefined): string[] {
  if (!node || node.props.display === 'none') return [];
  const own =
    node.type === 'Text' && typeof node.props.text === 'string' && node.props.text !== ''
      ? [node.props.text]
      : [];
  return [...own, ...node.children.flatMap(visibleText)];
}

/** Inflates a document for a display, noting every binding that reads a field its data lacks. */
function drawChecked(document: unknown, data: unknown, display: keyof typeof DISPLAYS) {
  const missing: string[] = [];
  const root = inflate(document, { screen: data }, viewportOf(DISPLAYS[display]), {
    onMissing: (path) => missing.push(path),
  });
  return { root, missing };
}

const DISPLAY_NAMES = Object.keys(DISPLAYS) as (keyof typeof DISPLAYS)[];

describe('APL documents', () => {
  it.each(Object.keys(DOCUMENTS))('%s passes Amazon’s apl-suggester with nothing to report', async (name) => {
    const results = await validate(DOCUMENTS[name as keyof typeof DOCUMENTS]);

    expect(results).toEqual([]);
  });

  it('are all written for the one APL version the skill checks devices against', () => {
    expect(Object.values(DOCUMENTS).map((d) => d.version)).toEqual(
      Object.values(DOCUMENTS).map(() => APL_VERSION),
    );
  });

  it('would fail that check on a broken document', async () => {
    // Prepare
    const broken = structuredClone(DOCUMENTS.routine) as {
      layouts: { RoutineButton: { item: { item: Record<string, unknown> } } };
    };
    broken.layouts.RoutineButton.item.item.borderRadius = 'round';

    // Act
    const results = await validate(broken);

    // Assess
    expect(results).not.toEqual([]);
  });

  it.each(DISPLAY_NAMES)('binds the timeline to its data on a %s, for every sample day', (display) => {
    for (const [when, data] of timelines()) {
      // Act
      const { root, missing } = drawChecked(DOCUMENTS.timeline, data, display);

      // Assess
      expect([when, missing]).toEqual([when, []]);
      const text = visibleText(root);
      expect(text).toContain(data.heading);
      for (const item of data.checklist) expect(text).toContain(item);
    }
  });

  it.each(DISPLAY_NAMES)('binds the routine to its data on a %s, at every step', (display) => {
    for (const [when, data] of routines()) {
      const { root, missing } = drawChecked(DOCUMENTS.routine, data, display);

      expect([when, missing]).toEqual([when, []]);
      expect(root).toBeDefined();
    }
  });

  it('shows the strip on landscape screens, scrolled to today, and leaves it off the round one', () => {
    // Prepare
    const data = timelineOn(3);
    const draw = (display: keyof typeof DISPLAYS) =>
      walk(inflate(DOCUMENTS.timeline, { screen: data }, viewportOf(DISPLAYS[display])));

    // Act
    const hub = draw('mediumHub');
    const round = draw('roundHub');

    // Assess
    const strip = hub.find((c) => c.props.id === 'strip');
    expect(strip?.children).toHaveLength(data.days.length);
    expect(strip?.onMount).toEqual([
      expect.objectContaining({ type: 'ScrollToIndex', index: data.focusIndex }),
    ]);
    const today = walk(strip?.children[3]).find((c) => c.type === 'Frame');
    const other = walk(strip?.children[4]).find((c) => c.type === 'Frame');
    expect(today?.props.backgroundColor).not.toBe(other?.props.backgroundColor);
    expect(round.find((c) => c.props.id === 'strip')).toBeUndefined();
  });

  it('moves the routine to a step with one SetValue, the end included', () => {
    for (const [when, data] of routines().filter(([name]) => name.endsWith(' at 0'))) {
      for (let step = 0; step <= data.total; step++) {
        // Act: the document as drawn at step 0, then moved by SetValue as ExecuteCommands does.
        const root = inflate(DOCUMENTS.routine, { screen: data }, viewportOf(DISPLAYS.mediumHub), {
          values: { [ROUTINE_COMPONENT]: { current: step } },
        });

        // Assess
        const text = visibleText(root);
        const shown = data.steps[step];
        if (shown) {
          expect([when, step, text]).toEqual([
            when,
            step,
            expect.arrayContaining([shown.heading, shown.text]),
          ]);
          expect(text).not.toContain(data.done);
        } else {
          expect([when, step, text]).toEqual([when, step, expect.arrayContaining([data.done])]);
          expect(text.filter((t) => /^Step /.test(t))).toEqual([]);
        }
      }
    }
  });

  it('has buttons that send only the actions the skill handles, on every screen', () => {
    for (const display of DISPLAY_NAMES) {
      const [, data] = routines()[0] ?? [];
      const root = inflate(DOCUMENTS.routine, { screen: data }, viewportOf(DISPLAYS[display]));

      const sent = walk(root).flatMap((c) =>
        c.onPress.filter((cmd) => cmd.type === 'SendEvent').map((cmd) => cmd.arguments),
      );

      expect([display, sent.sort()]).toEqual([display, BUTTON_ACTIONS.map((action) => [action]).sort()]);
    }
  });

  it('keeps each document small enough to send every time it is drawn', () => {
    for (const document of Object.values(DOCUMENTS))
      expect(JSON.stringify(document).length).toBeLessThan(12_000);
  });
});
