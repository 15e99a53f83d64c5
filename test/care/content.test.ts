import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CARE,
  DENSE_NOTE,
  MILESTONES,
  NEEDLING_DAY_MARK,
  NEEDLING_GUIDE,
  NUMBING_GUIDE,
  PHASES,
  PREPARATION_GUIDE,
  PRODUCTS,
  STRIP_PRODUCTS,
  SYMPTOMS,
} from '../../lambda/care/content';
import { REMINDER_TEXT } from '../../lambda/care/ointment';
import { ROUTINES } from '../../lambda/care/routines';
import { SEED } from '../../lambda/care/seed-sentences';
import type { Sourced } from '../../lambda/care/types';

const seedText = readFileSync(join(__dirname, '../../lambda/care/seed-lesson.txt'), 'utf8');

/** Every piece of care text in the content, with the sentences it claims to restate. */
function spokenEntries(): { where: string; text: string; source: Sourced }[] {
  const entries: { where: string; text: string; source: Sourced }[] = [];
  const add = (where: string, text: string | undefined, source: Sourced): void => {
    if (text !== undefined) entries.push({ where, text, source });
  };
  for (const p of PHASES) add(`phase ${p.id}`, p.summary, p);
  for (const c of CARE) {
    add(`care ${c.id} brief`, c.brief, c);
    add(`care ${c.id} detail`, c.detail, c);
  }
  for (const m of MILESTONES) {
    add(`milestone day ${m.day}`, m.say, m);
    add(`milestone day ${m.day} label`, m.label, m);
  }
  add('needling day mark', NEEDLING_DAY_MARK.label, NEEDLING_DAY_MARK);
  for (const mark of STRIP_PRODUCTS) {
    const product = PRODUCTS.find((p) => p.id === mark.id);
    add(`strip product ${mark.id}`, mark.label, product ?? { seed: [] });
  }
  for (const s of SYMPTOMS) {
    s.stages.forEach((stage, i) => {
      add(`symptom ${s.id} stage ${i}`, stage.say, stage);
    });
    if (s.advice) add(`symptom ${s.id} advice`, s.advice.say, s.advice);
    if (s.timeline) add(`symptom ${s.id} timeline`, s.timeline.say, s.timeline);
  }
  for (const p of PRODUCTS) {
    add(`product ${p.id} rule`, p.rule, p);
    add(`product ${p.id} tip`, p.tip, p);
  }
  for (const [name, guide] of Object.entries({ NEEDLING_GUIDE, NUMBING_GUIDE, PREPARATION_GUIDE })) {
    add(`${name} brief`, guide.brief, guide);
    guide.steps.forEach((step, i) => {
      add(`${name} step ${i}`, step.say, step);
    });
  }
  add('dense note', DENSE_NOTE.say, DENSE_NOTE);
  for (const routine of ROUTINES) {
    routine.steps.forEach((step, i) => {
      add(`routine ${routine.id} step ${String(i)}`, step.say, step);
    });
  }
  add('reminder text', REMINDER_TEXT.say, REMINDER_TEXT);
  return entries;
}

const NUMBER_WORDS: Record<string, string> = {
  first: '1',
  second: '2',
  third: '3',
  three: '3',
  fourth: '4',
  fifth: '5',
  sixth: '6',
  seventh: '7',
};

/** The numbers in a text; in the lesson's own sentences, number words count too. */
function numbersIn(text: string, { words = false } = {}): Set<string> {
  const normalised = words ? text.toLowerCase().replace(/\b[a-z]+\b/g, (w) => NUMBER_WORDS[w] ?? w) : text;
  return new Set(normalised.match(/\d+/g) ?? []);
}

describe('care content', () => {
  it('quotes every seed sentence verbatim from the lesson', () => {
    // Act
    const missing = Object.entries(SEED).filter(([, sentence]) => !seedText.includes(sentence));

    // Assess
    expect(missing).toEqual([]);
  });

  it('keeps the repository copy of the lesson identical to the shared seed, where it is present', () => {
    // Prepare
    const shared = join(__dirname, '../../../shared/seed/000_12cf7633ae708eb2.txt');
    if (!existsSync(shared)) return;

    // Assess
    expect(readFileSync(shared, 'utf8')).toBe(seedText);
  });

  it('traces every spoken care text to at least one seed sentence', () => {
    const untraced = spokenEntries().filter((e) => e.source.seed.length === 0);

    expect(untraced.map((e) => e.where)).toEqual([]);
  });

  it('speaks no number that its seed sentences do not contain', () => {
    // Act
    const invented = spokenEntries().flatMap(({ where, text, source }) => {
      const allowed = numbersIn(source.seed.join(' '), { words: true });
      return [...numbersIn(text)].filter((n) => !allowed.has(n)).map((n) => `${where}: ${n}`);
    });

    // Assess
    expect(invented).toEqual([]);
  });

  it('gives no care text to entries the lesson does not cover', () => {
    const notCovered = PRODUCTS.filter((p) => p.allowance.kind === 'not-covered');
    const notDescribed = SYMPTOMS.filter((s) => s.stages.length === 0);

    expect(notCovered.length).toBeGreaterThan(0);
    for (const p of notCovered) expect([p.rule, p.tip, p.seed.length]).toEqual([undefined, undefined, 0]);
    for (const s of notDescribed) expect([s.advice, s.timeline]).toEqual([undefined, undefined]);
  });

  it('covers every day from 0 on with exactly one phase', () => {
    for (let day = -30; day <= 800; day++) {
      const covering = PHASES.filter(
        (p) => day >= p.days.from && (p.days.to === undefined || day <= p.days.to),
      );
      expect(covering).toHaveLength(1);
    }
  });

  it('keeps the day windows the lesson gives in numbers', () => {
    // Prepare: the day each rule starts, read from the seed sentence it cites.
    const firstNumber = (sentence: string): number => Number([...numbersIn(sentence, { words: true })][0]);

    // Assess
    const fromDay = (id: string): number | undefined => {
      const allowance = PRODUCTS.find((p) => p.id === id)?.allowance;
      return allowance?.kind === 'from-day' ? allowance.day : undefined;
    };
    expect(fromDay('sunscreen')).toBe(Number(/until day (\d+)/.exec(SEED.sunscreenDay3)?.[1]));
    expect(fromDay('vitamin-c')).toBe(firstNumber(SEED.vitaminC));
    expect(fromDay('makeup')).toBe(firstNumber(SEED.makeup));
    expect(fromDay('vitamin-a')).toBe(firstNumber(SEED.vitaminAPeptides));
    // "For the first 2 days" and "until the end of the second day": allowed the day after.
    expect(fromDay('moisturiser')).toBe(Number(/first (\d+) days/.exec(SEED.noCreams)?.[1]) + 1);
    expect(fromDay('cleanser')).toBe(firstNumber(SEED.rinseFrequently) + 1);
  });
});
