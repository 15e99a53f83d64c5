/**
 * A small stand-in for Alexa's language understanding, built from the versioned interaction
 * model: typed text is matched against the model's own samples and slot values. Built-in
 * intents, which have no samples in the model, get a few common phrases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SlotInput } from './envelope';
import { resolveAlexaDate } from './alexa-date';
import { resolveAlexaDuration, resolveAlexaTime } from './alexa-slots';

interface ModelSlotValue {
  id?: string;
  name: { value: string; synonyms?: string[] };
}
interface ModelIntent {
  name: string;
  samples?: string[];
  slots?: { name: string; type: string }[];
}
export interface InteractionModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: ModelIntent[];
      types?: { name: string; values: ModelSlotValue[] }[];
    };
  };
}

export type Understood =
  | { readonly kind: 'launch' }
  | { readonly kind: 'intent'; readonly name: string; readonly slots: Record<string, SlotInput> };

const BUILT_IN_PHRASES: Record<string, readonly string[]> = {
  'AMAZON.YesIntent': [
    'yes',
    'yeah',
    'yep',
    'sure',
    'yes please',
    'please',
    'go ahead',
    'of course',
    'okay',
    'ok',
  ],
  'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not now', 'nah'],
  'AMAZON.StopIntent': ['stop', 'exit', 'goodbye', 'bye', 'quit'],
  'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it'],
  'AMAZON.HelpIntent': ['help', 'help me', 'what can you do', 'what can i say'],
  'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'pardon', 'what did you say'],
  'AMAZON.NavigateHomeIntent': ['go home', 'home'],
  'AMAZON.NextIntent': ['next', 'next step', 'skip', 'go on'],
  'AMAZON.PreviousIntent': ['back', 'go back', 'previous', 'previous step'],
  'AMAZON.StartOverIntent': ['start over', 'start again', 'restart', 'from the top'],
  'AMAZON.PauseIntent': ['pause', 'wait', 'hold on', 'pause the routine'],
  'AMAZON.ResumeIntent': ['resume', 'continue'],
};

interface Matcher {
  readonly intent: string;
  readonly pattern: RegExp;
  readonly slots: readonly { name: string; type: string }[];
  /** Letters outside slots: the more, the more specific the sample. */
  readonly literal: number;
}

export function loadModel(locale = 'en-US'): InteractionModel {
  const path = join(__dirname, '..', 'models', 'interactionModels', 'custom', `${locale}.json`);
  return JSON.parse(readFileSync(path, 'utf8')) as InteractionModel;
}

export class Nlu {
  private readonly matchers: Matcher[] = [];
  private readonly slotValues = new Map<string, Map<string, string>>();
  private readonly invocation: string;

  constructor(model: InteractionModel) {
    const language = model.interactionModel.languageModel;
    this.invocation = normalise(language.invocationName);
    for (const type of language.types ?? []) {
      const values = new Map<string, string>();
      for (const value of type.values) {
        const id = value.id ?? value.name.value;
        for (const said of [value.name.value, ...(value.name.synonyms ?? [])])
          values.set(normalise(said), id);
      }
      this.slotValues.set(type.name, values);
    }
    for (const intent of language.intents) {
      const samples = [...(intent.samples ?? []), ...(BUILT_IN_PHRASES[intent.name] ?? [])];
      for (const sample of samples) this.matchers.push(this.compile(intent, sample));
    }
  }

  /** What Alexa would send for `text`, said at `now` in `zone`. */
  understand(text: string, now: Date, zone: string): Understood {
    let said = normalise(text).replace(/^alexa /, '');
    const opening = new RegExp(`^(open|launch|start) ${this.invocation}$`);
    if (opening.test(said) || said === this.invocation) return { kind: 'launch' };
    said = said.replace(new RegExp(`^(ask|tell) ${this.invocation} (to )?`), '');

    let best: { intent: string; slots: Record<string, SlotInput>; score: number } | undefined;
    for (const matcher of this.matchers) {
      const match = matcher.pattern.exec(said);
      const read = match && this.readSlots(matcher, match, now, zone);
      if (!read) continue;
      const score = matcher.literal * 10 - read.unknownValues * 1000;
      if (!best || score > best.score) best = { intent: matcher.intent, slots: read.slots, score };
    }
    return best
      ? { kind: 'intent', name: best.intent, slots: best.slots }
      : { kind: 'intent', name: 'AMAZON.FallbackIntent', slots: {} };
  }

  /** The slots of a match; undefined when a date slot holds no date. */
  private readSlots(
    matcher: Matcher,
    match: RegExpExecArray,
    now: Date,
    zone: string,
  ): { slots: Record<string, SlotInput>; unknownValues: number } | undefined {
    const slots: Record<string, SlotInput> = {};
    let unknownValues = 0;
    for (const [i, slot] of matcher.slots.entries()) {
      const heard = match[i + 1];
      if (heard === undefined) continue;
      const builtIn = BUILT_IN_SLOT_READERS[slot.type];
      if (builtIn) {
        const value = builtIn(heard, now, zone);
        if (value === undefined) return undefined;
        slots[slot.name] = value;
        continue;
      }
      const id = this.slotValues.get(slot.type)?.get(heard);
      if (id === undefined) unknownValues++;
      slots[slot.name] = id === undefined ? { value: heard } : { value: heard, id };
    }
    return { slots, unknownValues };
  }

  private compile(intent: ModelIntent, sample: string): Matcher {
    const slots: { name: string; type: string }[] = [];
    const parts = normaliseSample(sample).split(/(\{\w+\})/);
    const source = parts
      .map((part) => {
        const slotName = /^\{(\w+)\}$/.exec(part)?.[1];
        if (!slotName) return escapeRegExp(part);
        slots.push({
          name: slotName,
          type: intent.slots?.find((s) => s.name === slotName)?.type ?? 'AMAZON.SearchQuery',
        });
        return '(.+?)';
      })
      .join('');
    const literal = parts
      .filter((p) => !p.startsWith('{'))
      .join('')
      .replace(/\s/g, '').length;
    return { intent: intent.name, pattern: new RegExp(`^${source}$`), slots, literal };
  }
}

/** Readers for Alexa's own slot types: text to the value Alexa would send, or undefined. */
const BUILT_IN_SLOT_READERS: Record<string, (heard: string, now: Date, zone: string) => string | undefined> =
  {
    'AMAZON.DATE': resolveAlexaDate,
    'AMAZON.TIME': (heard) => resolveAlexaTime(heard),
    'AMAZON.DURATION': (heard) => resolveAlexaDuration(heard),
  };

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Lower-cases a sample's words, leaving its `{slotName}` references as they are. */
function normaliseSample(sample: string): string {
  return sample
    .split(/(\{\w+\})/)
    .map((part) => (part.startsWith('{') ? part : part.toLowerCase()))
    .join('')
    .trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
