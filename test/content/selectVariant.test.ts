import { Variant } from '../../src/content/content';
import { selectVariant, VariantFacts } from '../../src/content/selectVariant';
import { seededRandom } from '../../src/util/random';

const facts: VariantFacts = { stage: 'regular', timeOfDay: 'morning', mood: 'neutral', channel: 'msteams', known: new Set(['name']) };

function variant(id: string, when: Variant['when'] = {}): Variant {
  return { id, text: id, when, tone: 'friendly' };
}

describe('selectVariant', () => {
  const variants = [variant('plain'), variant('named', { known: ['name'] }), variant('morningNamed', { timeOfDay: 'morning', known: ['name'] }), variant('evening', { timeOfDay: 'evening' }), variant('pet', { known: ['name', 'petName'] })];

  it('picks the most specific variant whose conditions hold', () => {
    expect(selectVariant(variants, facts, new Set(), seededRandom(1)).variant.id).toBe('morningNamed');
    expect(selectVariant(variants, { ...facts, timeOfDay: 'afternoon' }, new Set(), seededRandom(1)).variant.id).toBe('named');
    expect(selectVariant(variants, { ...facts, known: new Set() }, new Set(), seededRandom(1)).variant.id).toBe('plain');
  });

  it('reports which conditions matched, for /why', () => {
    expect(selectVariant(variants, facts, new Set(), seededRandom(1)).matched).toEqual(['timeOfDay=morning', 'known=name']);
  });

  it('never gives the same person the same variant twice in a row when there is another', () => {
    const tied = [variant('a', { known: ['name'] }), variant('b', { known: ['name'] })];
    const random = seededRandom(3);
    let last = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { variant: chosen } = selectVariant(tied, facts, last, random);
      expect(last.has(chosen.id)).toBe(false);
      last = new Set([chosen.id]);
    }
  });

  it('matches channel and stage lists, and falls back to every variant when none matches', () => {
    const scoped = [variant('teams', { channel: ['msteams', 'slack'] }), variant('lapsed', { stage: 'returning' })];
    expect(selectVariant(scoped, facts, new Set(), seededRandom(1)).variant.id).toBe('teams');
    expect(['teams', 'lapsed']).toContain(selectVariant(scoped, { ...facts, channel: 'webchat' }, new Set(), seededRandom(1)).variant.id);
  });
});
