import { readFileSync } from 'node:fs';
import { PRODUCTS, SYMPTOMS } from '../../lambda/care/content';
import { NAME_FREE_INTENTS, NOT_NAME_FREE } from '../../lambda/handlers/can-fulfill';
import { REQUEST_HANDLERS } from '../../lambda/handlers';
import type { IntentHandler } from '../../lambda/skill/intent';
import {
  LOCALES,
  MANIFEST_PATH,
  modelPath,
  renderCurrentManifest,
  renderModel,
  toFileText,
} from '../../dev/model/generate';
import { DISPLAYS, type Display } from '../../dev/envelope';
import { viewportOf } from '../../dev/apl/inflate';
import { PERMISSIONS, renderManifest, withEndpoint, type SkillManifest } from '../../dev/model/manifest';
import { Nlu, type InteractionModel } from '../../dev/nlu';

const REQUIRED_BUILT_INS = [
  'AMAZON.CancelIntent',
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.NavigateHomeIntent',
  'AMAZON.FallbackIntent',
];
const LAUNCH_AND_WAKE_WORDS = [
  'alexa',
  'amazon',
  'echo',
  'computer',
  'skill',
  'app',
  'ask',
  'begin',
  'launch',
  'load',
  'open',
  'play',
  'resume',
  'run',
  'start',
  'tell',
  'use',
];

const models = LOCALES.map((locale) => {
  const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel;
  return [locale, model.interactionModel.languageModel] as const;
});
const manifest = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8')) as SkillManifest;

describe('generated files', () => {
  it.each(LOCALES)('models/interactionModels/custom/%s.json is what npm run models renders', (locale) => {
    expect(readFileSync(modelPath(locale), 'utf8')).toBe(toFileText(renderModel(locale)));
  });

  it('models/skill.json is what npm run models renders', () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(toFileText(renderCurrentManifest()));
  });
});

describe.each(models)('the %s interaction model', (locale, model) => {
  const customIntents = model.intents.filter((i) => !i.name.startsWith('AMAZON.'));
  const samples = model.intents.flatMap((i) => i.samples ?? []);

  it('has a handler for every intent, and every handled intent is in it', () => {
    const handled = REQUEST_HANDLERS.flatMap((h) =>
      'intentNames' in h ? (h as IntentHandler).intentNames : [],
    );

    expect([...handled].sort()).toEqual(model.intents.map((i) => i.name).sort());
  });

  it('offers every custom intent to name-free routing, with its slots, but those it keeps out', () => {
    const offered = Object.entries(NAME_FREE_INTENTS).map(([name, slots]) => ({ name, slots: [...slots] }));

    expect(offered.sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      customIntents
        .filter((i) => !(i.name in NOT_NAME_FREE))
        .map((i) => ({ name: i.name, slots: (i.slots ?? []).map((s) => s.name) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('has the built-in intents certification requires', () => {
    for (const name of REQUIRED_BUILT_INS) expect(model.intents.map((i) => i.name)).toContain(name);
  });

  it('has an invocation name of two or more lowercase words, with no launch or wake words', () => {
    const words = model.invocationName.split(' ');

    expect(model.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
    expect(words.filter((w) => LAUNCH_AND_WAKE_WORDS.includes(w))).toEqual([]);
  });

  it('declares SetProcedureDateIntent with procedureDate as AMAZON.DATE, and takes a bare date', () => {
    const intent = model.intents.find((i) => i.name === 'SetProcedureDateIntent');

    expect(intent?.slots).toEqual([expect.objectContaining({ name: 'procedureDate', type: 'AMAZON.DATE' })]);
    expect(intent?.samples).toContain('{procedureDate}');
  });

  it('gives every custom intent at least 8 samples', () => {
    expect(customIntents.filter((i) => (i.samples?.length ?? 0) < 8).map((i) => i.name)).toEqual([]);
  });

  it('uses each sample once across intents, in allowed characters, and short', () => {
    const lower = samples.map((s) => s.toLowerCase().replace(/\s+/g, ' '));

    expect(lower.filter((s, i) => lower.indexOf(s) !== i)).toEqual([]);
    expect(samples.filter((s) => !/^[a-z' .]*(\{\w+\}[a-z' .]*)*$/i.test(s) || s.length > 200)).toEqual([]);
    expect(samples.filter((s) => /\}\{|\}\w|\w\{/.test(s))).toEqual([]);
  });

  it('uses exactly the slots each intent declares, of defined or built-in types', () => {
    const defined = new Set((model.types ?? []).map((t) => t.name));
    for (const intent of customIntents) {
      const used = new Set(
        (intent.samples ?? []).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
      );
      const declared = intent.slots ?? [];
      expect([intent.name, [...used].sort()]).toEqual([intent.name, declared.map((s) => s.name).sort()]);
      for (const slot of declared)
        expect(slot.type.startsWith('AMAZON.') || defined.has(slot.type)).toBe(true);
    }
  });

  it('uses every slot type it defines, and no word for two values of one type', () => {
    const usedTypes = new Set(customIntents.flatMap((i) => (i.slots ?? []).map((s) => s.type)));
    for (const type of model.types ?? []) {
      expect(usedTypes.has(type.name)).toBe(true);
      const words = type.values.flatMap((v) =>
        [v.name.value, ...(v.name.synonyms ?? [])].map((w) => w.toLowerCase()),
      );
      expect([type.name, words.filter((w, i) => words.indexOf(w) !== i)]).toEqual([type.name, []]);
    }
  });

  it.each([
    ['PRODUCT', PRODUCTS.map((p) => p.id)],
    ['SYMPTOM', SYMPTOMS.map((s) => s.id)],
    ['NEEDLING_TYPE', ['standard', 'dense']],
  ])('gives slot type %s exactly the ids the skill knows', (typeName, ids) => {
    const type = model.types?.find((t) => t.name === typeName);

    expect(type?.values.map((v) => v.id).sort()).toEqual([...ids].sort());
  });

  it('spells for its locale and keeps the other spellings as synonyms', () => {
    const makeup = model.types?.find((t) => t.name === 'PRODUCT')?.values.find((v) => v.id === 'makeup');
    const usSpelling = locale === 'en-US' || locale === 'en-CA';

    expect(makeup?.name.value).toBe(usSpelling ? 'makeup' : 'make-up');
    expect(makeup?.name.synonyms).toContain(usSpelling ? 'make-up' : 'makeup');
  });
});

describe('the manifest', () => {
  const { manifest: m } = manifest;

  it('publishes every locale with a name, a summary and a description carrying the disclaimer', () => {
    expect(Object.keys(m.publishingInformation.locales).sort()).toEqual([...LOCALES].sort());
    for (const info of Object.values(m.publishingInformation.locales)) {
      expect(info.name.length).toBeLessThanOrEqual(50);
      expect(info.summary.length).toBeLessThanOrEqual(160);
      expect(info.description.length).toBeLessThanOrEqual(4000);
      expect(info.description).toMatch(/not medical advice/);
      expect(info.description).toMatch(/ask a professional/);
      expect(info.keywords.length).toBeGreaterThan(0);
      expect(info.keywords.length).toBeLessThanOrEqual(30);
    }
  });

  it.each(LOCALES)(
    'gives %s example phrases that are real samples, starting with the invocation name',
    (locale) => {
      // Prepare
      const model = JSON.parse(readFileSync(modelPath(locale), 'utf8')) as InteractionModel;
      const { invocationName } = model.interactionModel.languageModel;
      const nlu = new Nlu(model);
      const phrases = m.publishingInformation.locales[locale]?.examplePhrases ?? [];

      // Assess
      expect(phrases.length).toBeGreaterThanOrEqual(1);
      expect(phrases.length).toBeLessThanOrEqual(3);
      expect(phrases[0]).toBe(`Alexa, open ${invocationName}`);
      for (const phrase of phrases.slice(1)) {
        const utterance = phrase.replace(new RegExp(`^Alexa, ask ${invocationName} `), '');
        expect(utterance).not.toBe(phrase);
        const understood = nlu.understand(utterance, new Date(), 'UTC');
        expect([phrase, understood.kind === 'intent' ? understood.name : 'launch']).not.toEqual([
          phrase,
          'AMAZON.FallbackIntent',
        ]);
      }
    },
  );

  it('declares that it stores personal information, with no ads, purchases or child direction', () => {
    expect(m.privacyAndCompliance).toMatchObject({
      allowsPurchases: false,
      usesPersonalInfo: true,
      isChildDirected: false,
      containsAds: false,
    });
    for (const locale of LOCALES) {
      expect(m.privacyAndCompliance.locales[locale]?.privacyPolicyUrl).toMatch(/^https:\/\//);
    }
  });

  it('asks for the reminder and timer permissions, and hears when the skill is disabled', () => {
    expect(m.permissions.map((p) => p.name).sort()).toEqual([...PERMISSIONS].sort());
    expect(m.events.subscriptions.map((s) => s.eventName)).toEqual(
      expect.arrayContaining(['SKILL_DISABLED', 'SKILL_PERMISSION_CHANGED']),
    );
  });

  it('declares APL for every screen the documents are tested on', () => {
    // Prepare
    const apl = m.apis.custom.interfaces.find((i) => i.type === 'ALEXA_PRESENTATION_APL');
    const declares = (display: Display): boolean => {
      const { width, height, shape, mode } = viewportOf(display);
      return (apl?.supportedViewports ?? []).some(
        (v) =>
          v.mode === mode.toUpperCase() &&
          v.shape === (shape === 'round' ? 'ROUND' : 'RECTANGLE') &&
          width >= v.minWidth &&
          width <= v.maxWidth &&
          height >= v.minHeight &&
          height <= v.maxHeight,
      );
    };

    // Assess
    for (const [name, display] of Object.entries(DISPLAYS))
      expect([name, declares(display)]).toEqual([name, true]);
  });

  it('points the custom and events endpoints at a Lambda ARN', () => {
    const arn = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+$/;

    expect(m.apis.custom.endpoint.uri).toMatch(arn);
    expect(m.events.endpoint.uri).toMatch(arn);
    expect(m.manifestVersion).toBe('1.0');
  });
});

describe('deploying', () => {
  it('writes the function ARN into both endpoints, and npm run models keeps it', () => {
    // Prepare
    const arn = 'arn:aws:lambda:eu-west-1:123456789012:function:Aftercare-SkillFunction-abc';

    // Act
    const deployed = withEndpoint(renderManifest(), arn);
    const regenerated = renderManifest(deployed);

    // Assess
    expect([deployed.manifest.apis.custom.endpoint.uri, deployed.manifest.events.endpoint.uri]).toEqual([
      arn,
      arn,
    ]);
    expect(regenerated).toEqual(deployed);
  });
});
