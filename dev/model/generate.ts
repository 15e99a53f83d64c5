/**
 * Renders the skill package from its sources: an interaction model for every English locale,
 * and the manifest's per-locale publishing information. `npm run models` writes them; a test
 * fails when the files in models/ differ from what this renders.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../nlu';
import {
  BUILT_IN_INTENTS,
  BUILT_IN_SAMPLES,
  CUSTOM_INTENTS,
  INVOCATION_NAME,
  SLOT_TYPES,
  type Word,
} from './source';
import { renderManifest, type SkillManifest } from './manifest';

export { LOCALES, type Locale } from './locales';
import { LOCALES, type Locale } from './locales';

export const MODELS_DIR = join(__dirname, '..', '..', 'models');

/** The locale's spelling of a word. */
export function spell(word: Word, locale: Locale): string {
  if (typeof word === 'string') return word;
  if (locale === 'en-US') return word.us;
  if (locale === 'en-CA') return word.ca ?? word.us;
  return word.uk;
}

/** Every spelling of a word. */
function spellings(word: Word): string[] {
  return typeof word === 'string' ? [word] : [...new Set([word.us, word.uk, word.ca ?? word.us])];
}

export function renderModel(locale: Locale): InteractionModel {
  return {
    interactionModel: {
      languageModel: {
        invocationName: INVOCATION_NAME,
        intents: [
          ...BUILT_IN_INTENTS.map((name) => ({ name, samples: [...(BUILT_IN_SAMPLES[name] ?? [])] })),
          ...CUSTOM_INTENTS.map((intent) => ({
            name: intent.name,
            ...(intent.slots && { slots: intent.slots.map((slot) => ({ ...slot, samples: [] })) }),
            samples: [...intent.samples],
          })),
        ],
        types: SLOT_TYPES.map((type) => ({
          name: type.name,
          values: type.values.map((v) => {
            const value = spell(v.value, locale);
            const others = [...spellings(v.value), ...v.synonyms.flatMap(spellings)].filter(
              (s) => s !== value,
            );
            return { id: v.id, name: { value, synonyms: [...new Set(others)] } };
          }),
        })),
      },
    },
  };
}

export function modelPath(locale: Locale): string {
  return join(MODELS_DIR, 'interactionModels', 'custom', `${locale}.json`);
}

export const MANIFEST_PATH = join(MODELS_DIR, 'skill.json');

/** The manifest as rendered, keeping the endpoints a deploy wrote into the current file. */
export function renderCurrentManifest(): SkillManifest {
  const current = existsSync(MANIFEST_PATH)
    ? (JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as SkillManifest)
    : undefined;
  return renderManifest(current);
}

export function toFileText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

if (require.main === module) {
  for (const locale of LOCALES) writeFileSync(modelPath(locale), toFileText(renderModel(locale)));
  writeFileSync(MANIFEST_PATH, toFileText(renderCurrentManifest()));
  console.log(`Wrote models/skill.json and ${LOCALES.length} interaction models: ${LOCALES.join(', ')}`);
}
