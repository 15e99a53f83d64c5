import { evaluate, type Scope } from '../../dev/apl/expression';
import { toHtml } from '../../dev/apl/html';
import { inflate, viewportOf } from '../../dev/apl/inflate';
import { DISPLAYS } from '../../dev/envelope';
import { addDays, timelineFor } from '../../lambda/care/recovery';
import { planOf, routineById } from '../../lambda/care/routines';
import { routineScreen } from '../../lambda/screens/routine-data';
import { DOCUMENTS } from '../../lambda/screens/screens';

const scope: Scope = {
  names: {
    screen: { steps: [{ text: 'a' }, { text: 'b' }], total: 2 },
    current: 1,
    viewport: { shape: 'round' },
  },
  resources: { accent: '#f00' },
};

describe('the APL expression subset', () => {
  it.each([
    ['${screen.steps[current].text}', 'b'],
    ['${current < screen.total ? 1 : 2}', 1],
    ["${viewport.shape == 'round' && current >= 1}", true],
    ['Step ${current + 1} of ${screen.total}', 'Step 2 of 2'],
    ['@accent', '#f00'],
    ["${screen.steps[5].text == '' ? 'none' : 'normal'}", 'normal'],
    ['${!(current == 1) || -current == -1}', true],
  ])('evaluates %s', (source, expected) => {
    expect(evaluate(source, scope)).toEqual(expected);
  });

  it('reports a field its data does not have, and refuses what it cannot check', () => {
    const missing: string[] = [];

    evaluate('${screen.totl}', { ...scope, onMissing: (path) => missing.push(path) });

    expect(missing).toEqual(['screen.totl']);
    expect(() => evaluate('${Math.min(1, 2)}', scope)).toThrow(/Unsupported APL expression/);
    expect(() => evaluate('@nothing', scope)).toThrow(/No resource @nothing/);
  });
});

describe('the HTML sketch of a screen', () => {
  it('draws the routine’s step and its three buttons, round on a round hub', () => {
    // Prepare
    const now = new Date(`${addDays('2026-11-20', 3)}T12:00:00Z`);
    const data = routineScreen(
      planOf(routineById('layering'), timelineFor('2026-11-20', 'standard', now, 'UTC')),
      2,
    );
    const viewport = viewportOf(DISPLAYS.roundHub);

    // Act
    const html = toHtml(inflate(DOCUMENTS.routine, { screen: data }, viewport), viewport);

    // Assess
    expect(html).toContain(data.steps[2]?.text);
    expect(html).toContain(data.steps[2]?.wait);
    expect(html.match(/role="button"/g)).toHaveLength(3);
    expect(html).toMatch(/#screen\{[^}]*border-radius:50%/);
    expect(html).not.toMatch(/https?:\/\//);
  });
});
