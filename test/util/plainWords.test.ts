import { plainWords } from '../../src/util/plainWords';

describe('plainWords', () => {
  it('lower-cases and makes every run of non-letters one space', () => {
    expect(plainWords('  Be more FORMAL, please!! ')).toBe('be more formal please');
    expect(plainWords('sci-fi & 3D')).toBe('sci fi 3d');
  });

  it('unifies compatibility forms (a ligature, full-width letters)', () => {
    expect(plainWords('ﬁlms')).toBe('films');
    expect(plainWords('ＴＶ')).toBe('tv');
  });

  it('keeps apostrophes inside words when asked, the typographic one unified', () => {
    expect(plainWords('don’t remind me', { keepApostrophes: true })).toBe("don't remind me");
    expect(plainWords("don't remind me")).toBe('don t remind me');
  });

  it('folds accents and drops the dots and apostrophes of names when asked', () => {
    expect(plainWords('São Paulo', { foldAccents: true })).toBe('sao paulo');
    expect(plainWords("St. John's", { foldAccents: true })).toBe('st johns');
    expect(plainWords('São Paulo')).toBe('são paulo');
  });
});
