import { nounKinds } from '../../src/nlu/nounKinds';

describe('nounKinds: WordNet nouns', () => {
  it('files a word under its kinds', () => {
    expect(nounKinds().kindsOf('pike').has('fish')).toBe(true);
  });

  it('files a word under the last word of a compound above it only when that word is of the same sort', () => {
    // "freshwater fish" is food, and so is a sense of "fish"; "garden truck" is produce, and no sense of "truck" is.
    expect(nounKinds().kindsOf('pike').has('freshwater fish')).toBe(true);
    expect(nounKinds().kindsOf('banana').has('truck')).toBe(false);
    expect(nounKinds().kindsOf('soy').has('truck')).toBe(false);
  });

  it('gives the verbs derived from a noun word by word, not every synonym of them', () => {
    const verbs = nounKinds().verbsOf('wedding');
    expect(verbs.has('marry')).toBe(true);
    expect(verbs.has('wed')).toBe(true);
    expect(verbs.has('splice')).toBe(false);
    expect([...nounKinds().verbsOf('retirement')]).toContain('retire');
    expect(nounKinds().verbsOf('birthday').size).toBe(0);
    expect(nounKinds().verbsOf('zzqx').size).toBe(0);
  });
});
