import { closestMatch } from '../../util/closestMatch';
import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';

/**
 * The words that set right what was said, as meant when typed otherwise (`memoryCorrectionSpellings`: "actualy",
 * "acually", "sry"): a word the list spells, or an unknown word a typo away from one of them. A word of the
 * dictionary stays as it is ("actual" is no "actually").
 */
export function spelledRight(tokens: readonly Token[], lexicon: MemoryLexicon, known: (word: string) => boolean): Token[] {
  return tokens.map((token) => {
    const listed = lexicon.correctionSpellings.get(token.norm);
    if (listed) return { ...token, norm: listed };
    if (!/^\p{Ll}+$/u.test(token.norm) || lexicon.correctionWords.has(token.norm) || known(token.norm)) return token;
    const near = closestMatch(token.norm, [...lexicon.correctionWords].map((word): [string, string] => [word, word]));
    return near ? { ...token, norm: near } : token;
  });
}
