import { maskText } from '../../../src/ops/unmatched/maskText';
import { wordLexicon } from '../../../src/nlu/wordLexicon';

const mask = (text: string) => maskText(text, wordLexicon(), new Set(['fine']));

describe('maskText', () => {
  it('masks URLs, emails and numbers, and folds case and punctuation', () => {
    expect(mask('Mail me at dana.k@example.org, or see https://example.org/x?y=1 — I paid 12.50 on 3/4!')).toBe('mail me at <email> or see <url> i paid <number> on <number>');
  });

  it('masks names, said capitalized or after "call me", and leaves common words', () => {
    expect(mask('Can Priya and Tomasz come?')).toBe('can <name> and <name> come');
    expect(mask('hi im dana and I am tired')).toBe('hi im <name> and i am tired');
    expect(mask('Mail me what Lee said')).toBe('mail me what <name> said');
  });

  it('gives messages that differ only in names and numbers the same line', () => {
    expect(mask("Hi, I'm Dana, call me at 555-1234")).toBe('hi i\'m <name> call me at <number>');
    expect(mask("hi i'm Lee call me at 555 9876")).toBe('hi i\'m <name> call me at <number> <number>');
  });
});
