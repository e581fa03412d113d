import { wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { numberOf } from './readCounts';
import { isPunctuation, type Token } from './tokens';

/** The fact kind an age is kept as (dialogs/memory.yaml). */
export const AGE_KIND = 'age';

/** How an age is said of someone: its unit, and the words kept for it ("months old" → "months", "years old" → nothing). */
export interface AgeUnit {
  words: string[];
  kept: string;
}

/**
 * An age said of someone in the person's life, from `at`: "3", "two and a half", "10 months", "6 weeks old",
 * "7 years old" (kept as "7"). Nothing but the end of what is said, or a word that ends a value ("last
 * Tuesday", "and …"), may follow: "3 kids" and "5 minutes" are no age.
 */
export function ageAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon, alone = false): { value: string; end: number } | undefined {
  const number = tokens[at];
  if (!number || numberOf(number.norm) === undefined) return undefined;
  let end = at + 1;
  const half = lexicon.ageHalves.find((words) => wordsAt(tokens, words, end));
  if (half) end += half.length;
  const unit = lexicon.ageUnits.find((candidate) => wordsAt(tokens, candidate.words, end));
  if (unit) end += unit.words.length;
  const said = tokens.slice(at, at + 1 + (half?.length ?? 0)).map((token) => token.raw || token.norm);
  const value = [...said, ...(unit?.kept ? [unit.kept] : [])].join(' ');
  // "just turned 4 on Sunday", "turned 1 last week": when it was said is passed over.
  const when = lexicon.ageWhen.has(tokens[end]?.norm ?? '') && lexicon.timesOfWeek.has(tokens[end + 1]?.norm ?? '') ? 2 : lexicon.ageWhenAlone.has(tokens[end]?.norm ?? '') ? 1 : 0;
  if (when > 0 && !alone) return { value, end: end + when };
  // `alone`: after "has" ("she has 11"), nothing but the end of what is said, so "has 20 years in the army" is no age.
  const next = tokens[end];
  if (next && !isPunctuation(next) && (alone ? !['and', 'but', 'so'].includes(next.norm) : !lexicon.valueEnds.has(next.norm) && !lexicon.fillers.has(next.norm))) return undefined;
  return { value, end };
}

/** An age in years, to compare ("two and a half" → 2.5, "10 months" → 0.83), or undefined when it is none. */
export function ageInYears(value: string, lexicon: MemoryLexicon): number | undefined {
  const words = value.toLowerCase().split(/\s+/);
  const number = numberOf(words[0] ?? '');
  if (number === undefined) return undefined;
  const rest = words.slice(1);
  const half = lexicon.ageHalves.find((phrase) => phrase.every((word, i) => rest[i] === word));
  const afterHalf = half ? rest.slice(half.length) : rest;
  const years = number + (half ? 0.5 : 0);
  const perYear = lexicon.agePerYear.get(afterHalf.join(' '));
  return afterHalf.length === 0 ? years : perYear ? years / perYear : undefined;
}
