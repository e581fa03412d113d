import type { AskedValueWords } from './askedValue';
import { isPunctuation, tokenize } from './tokens';
import { OBJECT_STARTS, sameRoot } from './noteWords';

/**
 * The things a question offers to choose from ("buckfast" and "native black bees" of "which bee breed do I keep,
 * buckfast or native black bees?"): after its last comma, or the word before "or", and all said after "or".
 */
export function alternativesAsked(question: string, words: AskedValueWords): string[][] {
  const tokens = tokenize(question, words.contractedIs);
  const or = tokens.findIndex((token) => token.norm === 'or');
  if (or < 1) return [];
  const comma = tokens.slice(0, or).map((token) => token.norm).lastIndexOf(',');
  const plain = (from: typeof tokens) => from.filter((token) => !isPunctuation(token) && !OBJECT_STARTS.has(token.norm)).map((token) => token.norm);
  const before = plain(comma >= 0 ? tokens.slice(comma + 1, or) : tokens.slice(or - 1, or));
  const after = plain(tokens.slice(or + 1));
  return before.length > 0 && after.length > 0 ? [before, after] : [];
}

/** Whether a text says one of the things offered, every word of it ("buckfasts" says "buckfast"). */
export function saysAlternative(text: string, alternatives: readonly (readonly string[])[], words: AskedValueWords): boolean {
  const said = tokenize(text, words.contractedIs).map((token) => token.norm);
  return alternatives.some((one) => one.every((word) => said.some((other) => sameRoot(other, word))));
}
