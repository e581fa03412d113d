import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';

/** The noun of a named kind at `at` ("dogs" → pet/dog, "guinea pig"), with its length in tokens. */
export function nounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  for (const { kind, noun } of lexicon.nouns.get(tokens[at].norm) ?? []) {
    const { words, detail, general } = noun;
    if (at + words.length > tokens.length) continue;
    const matches = words.length === 1 || words.every((word, i) => tokens[at + i].norm === word || (i === words.length - 1 && tokens[at + i].norm === `${word}s`));
    if (matches) return { kind, detail, general, length: words.length };
  }
  return undefined;
}


/**
 * "Dog: labrador, Bamse", "One dog: whippet, Juno": a noun as a label, then a sort of it, said as "a labrador,
 * Bamse" is; where the sort starts, or undefined. A count before the label ("one", "2") is part of it.
 */
export function sortAfterLabel(tokens: readonly Token[], lexicon: MemoryLexicon): number | undefined {
  const counted = tokens[0] && (/^\d+$/.test(tokens[0].norm) || lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === tokens[0].norm)) ? 1 : 0;
  const label = tokens.length > counted ? nounAt(tokens, counted, lexicon) : undefined;
  const colon = counted + (label?.length ?? 0);
  if (!label || tokens[colon]?.norm !== ':' || colon + 1 >= tokens.length) return undefined;
  const sort = nounAt(tokens, colon + 1, lexicon);
  return sort && sort.kind === label.kind && lexicon.parents.get(sort.detail) === label.detail ? colon + 1 : undefined;
}
