import type { MemoryLexicon } from './factKinds';
import { isLivingNoun } from '../../nlu/nounKinds';
import { personAfter } from './readCounts';
import { isPunctuation, type Token } from './tokens';

/** Words that make "my buddy from the plant" a clause of its own, not an aside naming someone: it says something of them. */
const SAYS_OF_APPOSED = new Set(['is', 'am', 'are', 'was', 'were', 'called', 'named', 'has', 'have']);

/**
 * "Ernie, my buddy from the plant, and I went fishing", "Dorothy, my neighbour, brought me soup", "Hortense, my site
 * foreman, signed it off" (a noun WordNet files under people or animals last): a name said first,
 * then between commas "my" or "our" and a person's noun saying nothing of them, is that person, not the user
 * introducing themselves. Read as "my buddy from the plant, Ernie, and I …", which names them.
 */
export function appositionOfPerson(tokens: Token[], lexicon: MemoryLexicon, nameOnly: (token: Token) => boolean): Token[] {
  if (tokens.length < 6 || tokens[1].norm !== ',' || !['my', 'our'].includes(tokens[2].norm) || !nameOnly(tokens[0])) return tokens;
  const close = tokens.findIndex((token, at) => at > 3 && token.norm === ',');
  if (close < 0 || close === tokens.length - 1) return tokens;
  // "Hortense, my site foreman, signed it off": someone named by their work is someone too.
  if (!personAfter(tokens, 3, lexicon) && !isLivingNoun(tokens[close - 1].norm)) return tokens;
  if (tokens.slice(3, close).some((token) => SAYS_OF_APPOSED.has(token.norm) || isPunctuation(token))) return tokens;
  return [...tokens.slice(2, close), tokens[1], tokens[0], ...tokens.slice(close)];
}
