import { Culture, recognizeCurrency, recognizeDateTime, recognizeDimension, recognizePercentage } from '@microsoft/recognizers-text-suite';
import type { WordLexicon } from '../../nlu/wordLexicon';
import { wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { numberOf } from './readCounts';
import { isPunctuation, typedText, type Token } from './tokens';

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

/** Words after a number that make it a rate ("35 a week", "2 per day"), not an age. */
const RATES = new Set(['a', 'an', 'per']);
/** How many words after a number recognizers-text is shown to find what it measures ("35 hours a week"). */
const MEASURE_WORDS = 3;

/**
 * Whether the number at `at` counts or measures something rather than telling an age: a duration ("5 mins from
 * the station", "40 years at the plant"), a measure ("35 miles", "35kg"), money or a share (recognizers-text), a
 * count of things ("90 kids", "4 wks on": a plural noun after it, by the tagger) or a rate ("30 a month"). An age
 * unit with nothing after it ("34 years old", "34 years, designer") is an age, as is a number with nothing after it.
 */
export function isQuantityAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon, words: WordLexicon): boolean {
  const unit = lexicon.numberUnits.find((candidate) => wordsAt(tokens, candidate, at + 1));
  const afterUnit = tokens[at + 1 + (unit?.length ?? 0)];
  const ended = !afterUnit || isPunctuation(afterUnit) || lexicon.fillers.has(afterUnit.norm) || ['and', 'but', 'so'].includes(afterUnit.norm);
  // "34 years old from Leeds" is an age; "35 years in nursing" says how long.
  if (unit) return unit.length === 1 && !ended && words.tags(afterUnit.norm)?.[0] === 'IN';
  const next = tokens[at + 1];
  if (!next || isPunctuation(next)) return false;
  if (RATES.has(next.norm)) return true;
  const tags = words.tags(next.norm);
  if (tags?.[0] === 'NNS' || (!tags && /^\p{L}{2,}s$/u.test(next.norm))) return true;
  const text = typedText(tokens.slice(at, at + 1 + MEASURE_WORDS));
  const measured = [recognizeDateTime, recognizeDimension, recognizeCurrency, recognizePercentage].flatMap((recognize) => recognize(text, Culture.English));
  return measured.some((found) => found.start === 0 && found.typeName !== 'datetimeV2.date' && found.typeName !== 'datetimeV2.time');
}
