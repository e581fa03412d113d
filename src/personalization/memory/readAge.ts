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

/** Most words between someone's name and the age said of them ("Abuela *who is* 54", "Owen, *just turned* 8"). */
const AGE_AFTER_NAME = 4;

/**
 * The age a note says of someone named in it ("54" of "a tortoise called Abuela who is 54, older than my mum",
 * "8" of "Owen, 8, and Ffion, 5" for Owen): a number right after their name, or after a verb of age a few words
 * on, before anyone else is named. Undefined when the note says none of them, or different ages each time.
 */
export function ageSaidOf(tokens: readonly Token[], names: readonly string[], lexicon: MemoryLexicon): string | undefined {
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!wanted.has(token.norm)) continue;
    // "a 5 month old called Kwesi": the age said before what they are called.
    const before = ageBeforeName(tokens, at, lexicon);
    if (before) found.add(before);
    for (let next = at + 1; next < tokens.length && next <= at + AGE_AFTER_NAME + 1; next++) {
      const word = tokens[next];
      // "my tortoise, called Abuela, …": the name it is called by is the same one's.
      const naming = lexicon.namings.some((words) => words.every((one, i) => tokens[next - words.length + i]?.norm === one));
      // "Owen and Ffion, 5 and 8": someone else named first, the age is not theirs alone.
      if ((/^\p{Lu}/u.test(word.raw) && !naming) || ['.', ';', '!', '?'].includes(word.norm)) break;
      const after = lexicon.ageVerbs.has(tokens[next - 1].norm) || tokens[next - 1].norm === ',' || next === at + 1;
      // "who is 54 and older than my mum", "turned 6 in March": the age, whatever follows it.
      const age = after && !lexicon.ageLater.has(tokens[next - 1].norm) ? (ageAt(tokens, next, lexicon) ?? ageAt(tokens, next, lexicon, true)) : undefined;
      if (age) {
        found.add(age.value);
        break;
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** How far before "called" an age may start ("a *5* month old called"). */
const AGE_BEFORE_NAMING = 4;

/** "a 5 month old called Kwesi", "a 4 year old named Adjoa": the age said right before the naming of the name at `at`. */
function ageBeforeName(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): string | undefined {
  const naming = lexicon.namings.find((words) => words.every((one, i) => tokens[at - words.length + i]?.norm === one));
  if (!naming) return undefined;
  const end = at - naming.length;
  for (let start = end - 1; start >= Math.max(0, end - AGE_BEFORE_NAMING); start--) {
    const age = ageAt(tokens.slice(0, end), start, lexicon);
    // "a 5 month old" is 5 months.
    if (age?.end === end) return age.value.replace(/^(\S+) (\p{L}+)$/u, (said, number: string, unit: string) => (numberOf(number) === 1 || unit.endsWith('s') ? said : `${number} ${unit}s`));
  }
  return undefined;
}

/** Verbs a question about someone's age is asked with, in place of "am" ("how old *is* Abuela?", "how old *are* the twins?"). */
const BE = new Set(['is', 'are', "'s", 'was']);
/** Words before who is asked about that are no part of what they are called by ("my", "the"). */
const DETERMINERS = new Set(['my', 'our', 'the', 'his', 'her', 'their']);

/**
 * The words who a question asks the age of is called by, when it is asked as the person asks their own ("how old
 * am i", the age kind's `ask` phrases) of someone else: "how old is Abuela?" → [abuela], "how old's my beardie?" →
 * [beardie], "how old is the intern?" → [intern]. Undefined for any other question.
 */
export function ageAskedOf(tokens: readonly Token[], lexicon: MemoryLexicon): string[] | undefined {
  const words = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
  const leads = (lexicon.kinds.get(AGE_KIND)?.asks ?? []).filter((ask) => ask.length > 2 && ask.at(-2) === 'am' && ask.at(-1) === 'i').map((ask) => ask.slice(0, -2));
  const lead = leads.find((phrase) => wordsAt(words, phrase, 0));
  if (!lead || !BE.has(words[lead.length]?.norm ?? '')) return undefined;
  const who = words.slice(lead.length + 1).filter((token, at) => !(at === 0 && DETERMINERS.has(token.norm)));
  // "how old is it?", "how old are you?": a pronoun asks of no one told of.
  if (who.length === 0 || who.length > 3 || who.some((token) => lexicon.detailed.you.has(token.norm) || ['it', 'he', 'she', 'they', 'i', 'me'].includes(token.norm))) return undefined;
  // "how old is Jia Hui?": all of a name; "how old is my bearded dragon?": the noun it ends with.
  const names = who.filter((token) => /^\p{Lu}/u.test(token.raw));
  return names.length > 0 ? names.map((token) => token.norm) : [who[who.length - 1].norm];
}
