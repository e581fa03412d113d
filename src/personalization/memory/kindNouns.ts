import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';
import { nounKinds } from '../../nlu/nounKinds';

/** The noun of a named kind at `at` ("dogs" → pet/dog, "guinea pig"), with its length in tokens. */
export function nounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  for (const { kind, noun } of lexicon.nouns.get(tokens[at].norm) ?? []) {
    const { words, detail, general } = noun;
    if (at + words.length > tokens.length) continue;
    const matches = words.length === 1 || words.every((word, i) => tokens[at + i].norm === word || (i === words.length - 1 && tokens[at + i].norm === `${word}s`));
    if (matches) return { kind, detail, general, length: words.length };
  }
  return lexicon.nouns.has(tokens[at].norm) ? undefined : wordNetNounAt(tokens, at, lexicon);
}

/** A word's senses whose other words are not what it is a kind of (as many as `kindsOf` looks at). */
const OWN_SENSES = 4;

/**
 * "a ginger *tom* called Marmalade", "our *springer* Biscuit": a noun no kind lists, typed in lower case before a
 * name, that WordNet files under one of a `memoryWordNetKinds` kind's nouns (a tom is a cat), read as that noun.
 */
function wordNetNounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (lexicon.wordNetKinds.size === 0 || !token.raw || !/^\p{Ll}{3,}$/u.test(token.raw) || !next) return undefined;
  if (!['called', 'named'].includes(next.norm) && !/^\p{Lu}\p{Ll}/u.test(next.raw)) return undefined;
  // Only what it is a kind of, not another word for one of its senses: "guy" is also "cat" (an informal man), but a
  // guy named Ibrahim is no pet.
  const own = new Set([...nounKinds().sensesAbove(token.norm, 0, OWN_SENSES).values()].flat().map((word) => word.replace(/_/g, ' ')));
  for (const broader of nounKinds().kindsOf(token.norm)) {
    if (own.has(broader)) continue;
    const listed = (lexicon.nouns.get(broader) ?? []).find(({ kind, noun }) => lexicon.wordNetKinds.has(kind) && noun.words.length === 1 && !noun.general);
    if (listed) return { kind: listed.kind, detail: listed.noun.detail, general: false, length: 1 };
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
