import { XMLValidator } from 'fast-xml-parser';
import { PRODUCTS, SYMPTOMS } from '../../lambda/care/content';
import {
  addDays,
  nextChange,
  productAnswer,
  symptomAnswer,
  timelineFor,
  todaysCare,
} from '../../lambda/care/recovery';
import type { NeedlingType } from '../../lambda/care/types';
import {
  BRIEF_WORDS,
  nextChangeAnswer,
  productAnswerSpeech,
  statusAnswer,
  symptomAnswerSpeech,
  todaysCareAnswer,
  whenAnswerSpeech,
  type Spoken,
} from '../../lambda/speech/answers';

const PROCEDURE = '2026-11-20';
const DAYS = [-10, -1, ...Array.from({ length: 31 }, (_, d) => d), 400];
const NEEDLING: NeedlingType[] = ['standard', 'dense'];

/** The speech of an answer and of everything it offers after it. */
function texts(spoken: Spoken | string | undefined): string[] {
  if (spoken === undefined) return [];
  if (typeof spoken === 'string') return [spoken];
  return [spoken.speech, ...texts(spoken.more)];
}

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Every main answer the skill can give, on every day, for both needling types. */
function allAnswers(): { what: string; spoken: Spoken }[] {
  return NEEDLING.flatMap((needling) =>
    DAYS.flatMap((day) => {
      const t = timelineFor(PROCEDURE, needling, new Date(`${addDays(PROCEDURE, day)}T12:00:00Z`), 'UTC');
      const care = todaysCare(t);
      const at = `${needling} day ${day}`;
      return [
        { what: `${at} today`, spoken: todaysCareAnswer(care) },
        { what: `${at} status`, spoken: statusAnswer(care) },
        { what: `${at} next`, spoken: nextChangeAnswer(t, nextChange(t)) },
        ...PRODUCTS.flatMap((p) => [
          { what: `${at} can ${p.id}`, spoken: productAnswerSpeech(productAnswer(t, p.id), t) },
          { what: `${at} when ${p.id}`, spoken: whenAnswerSpeech(productAnswer(t, p.id), t) },
        ]),
        ...SYMPTOMS.map((s) => ({
          what: `${at} ${s.id}`,
          spoken: symptomAnswerSpeech(symptomAnswer(t, s.id), t),
        })),
      ];
    }),
  );
}

describe('spoken answers', () => {
  const answers = allAnswers();

  it('keeps today’s care within the brief budget on every day', () => {
    const long = answers
      .filter((a) => a.what.endsWith(' today') && words(a.spoken.speech) > BRIEF_WORDS)
      .map((a) => `${a.what}: ${words(a.spoken.speech)}`);

    expect(long).toEqual([]);
  });

  it('keeps every main answer short for the ear', () => {
    const long = answers
      .filter((a) => words(a.spoken.speech) > 55)
      .map((a) => `${a.what}: ${a.spoken.speech}`);

    expect(long).toEqual([]);
  });

  it('says something on every turn, in valid SSML, with no raw dates or placeholders', () => {
    for (const { what, spoken } of answers) {
      for (const text of texts(spoken)) {
        expect([what, XMLValidator.validate(`<speak>${text}</speak>`)]).toEqual([what, true]);
        expect([what, text]).not.toEqual([
          what,
          expect.stringMatching(/\d{4}-\d{2}-\d{2}|undefined|null|NaN|\s\s|\.\./),
        ]);
      }
      expect(spoken.speech.trim()).not.toBe('');
    }
  });
});
