import { PRODUCTS, SYMPTOMS } from '../../lambda/care/content';
import { REQUEST_HANDLERS } from '../../lambda/handlers';
import type { IntentHandler } from '../../lambda/skill/intent';
import { loadModel } from '../../dev/nlu';

const model = loadModel('en-US').interactionModel.languageModel;
const customIntents = model.intents.filter((i) => !i.name.startsWith('AMAZON.'));

function handledIntents(): string[] {
  return REQUEST_HANDLERS.flatMap((h) => ('intentNames' in h ? (h as IntentHandler).intentNames : []));
}

describe('the en-US interaction model', () => {
  it('has a handler for every intent, and every handled intent is in the model', () => {
    // Act
    const inModel = model.intents.map((i) => i.name).sort();
    const handled = handledIntents().sort();

    // Assess
    expect(handled).toEqual(inModel);
  });

  it('declares the SetProcedureDateIntent contract', () => {
    const intent = model.intents.find((i) => i.name === 'SetProcedureDateIntent');

    expect(intent?.slots).toEqual([expect.objectContaining({ name: 'procedureDate', type: 'AMAZON.DATE' })]);
    expect(intent?.samples).toContain('{procedureDate}');
  });

  it.each(customIntents.map((i) => [i.name, i] as const))('%s has at least 8 samples', (_, intent) => {
    expect(intent.samples?.length ?? 0).toBeGreaterThanOrEqual(8);
  });

  it('uses each sample once across all intents, in allowed characters only', () => {
    const samples = model.intents.flatMap((i) => i.samples ?? []).map((s) => s.toLowerCase());

    expect(samples.filter((s, i) => samples.indexOf(s) !== i)).toEqual([]);
    expect(samples.filter((s) => !/^[a-z' .{}]+$/i.test(s))).toEqual([]);
  });

  it('uses exactly the slots each intent declares, of defined types', () => {
    const definedTypes = new Set((model.types ?? []).map((t) => t.name));
    for (const intent of customIntents) {
      const used = new Set(
        (intent.samples ?? []).flatMap((s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1])),
      );
      const declared = intent.slots ?? [];
      expect([...used].sort()).toEqual(declared.map((s) => s.name).sort());
      for (const slot of declared)
        expect(slot.type.startsWith('AMAZON.') || definedTypes.has(slot.type)).toBe(true);
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

  it('has an invocation name of two or more lowercase words', () => {
    expect(model.invocationName).toMatch(/^[a-z]+( [a-z]+)+$/);
  });
});
