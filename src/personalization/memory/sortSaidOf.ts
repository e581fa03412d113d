import { nounKinds } from '../../nlu/nounKinds';
import { isPunctuation, tokenize } from './tokens';

/** Steps up WordNet's nouns, and senses looked at, to find a sort of a thing under it ("boxer" → working dog → dog, its fourth sense). */
const SORT_DEPTH = 6;
const SORT_SENSES = 5;

/**
 * "what breed is my dog?" of "… my old dog Bramble, she's a border collie": the one word (or WordNet's compound of two,
 * "border collie") of the note that WordNet files under the thing asked (`thing`: "dog"), not the thing itself, nor a
 * word typed with a capital (a name). Undefined when the note says none, or several.
 */
export function sortSaidOf(text: string, thing: string, contractedIs: ReadonlySet<string>): string | undefined {
  const tokens = tokenize(text, contractedIs).filter((token) => !isPunctuation(token));
  const under = (word: string) => word !== thing && [...nounKinds().sensesAbove(word, SORT_DEPTH, SORT_SENSES).values()].some((names) => names.includes(thing));
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!/^\p{Ll}+$/u.test(token.raw) || !under(token.norm)) continue;
    const before = tokens[at - 1];
    const compound = before !== undefined && /^\p{Ll}+$/u.test(before.raw) && under(`${before.norm}_${token.norm}`);
    found.add(compound ? `${before.raw} ${token.raw}` : token.raw);
  }
  // "springer" is part of "springer spaniel": the whole compound is one answer.
  const distinct = [...found].filter((one, _, all) => !all.some((other) => other !== one && other.split(' ').includes(one)));
  return distinct.length === 1 ? distinct[0] : undefined;
}
