// Reads what a forget request takes away: the notes it names, and the names of things forgotten.
import { isPunctuation, tokenize } from './tokens';
import { takesBackThat } from './readForget';
import type { NoteLexicon } from './noteLexicon';
import { contentWords, namesSomething, type NoteText, sameRoot, singular, stem } from './noteWords';

const POLITE_WORDS = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now', 'u', 'pls', 'plz']);

/**
 * The words of "forget that I ..." about something kept only as a note ("please forget that I snore"), or
 * undefined when the message does not open with a forget verb.
 */
export function forgetWords(text: string, lexicon: NoteLexicon): string[] | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  let start = 0;
  while (start < tokens.length && (POLITE_WORDS.has(tokens[start].norm) || lexicon.memory.fillers.has(tokens[start].norm))) start++;
  const verb = lexicon.memory.forgetVerbs.find((words) => words.every((word, index) => tokens[start + index]?.norm === word));
  if (!verb || takesBackThat(tokens, start + verb.length, lexicon.memory)) return undefined;
  const words = contentWords(tokens.slice(start + verb.length), lexicon);
  return words.length > 0 ? words : undefined;
}

/**
 * The notes that say what is to be forgotten: one of `words` by its stem ("alpacas", "the PhD") or a noun that
 * WordNet files under it ("forget the lizard" takes "a bearded dragon named Spike"). Words that say nothing
 * ("the", "anything", "about") find nothing.
 */
export function notesForgotten<T extends NoteText>(notes: readonly T[], words: readonly string[], lexicon: NoteLexicon, kindsOf?: (word: string) => ReadonlySet<string>): T[] {
  const wanted = words.map((word) => word.toLowerCase()).filter((word) => /\p{L}/u.test(word) && !lexicon.you.has(word) && namesSomething(word, lexicon));
  if (wanted.length === 0) return [];
  const stems = new Set(wanted.map((word) => stem(word, lexicon)));
  // "my meds": a word as people also write it is filed under the word it stands for ("medication").
  const kinds = new Set(wanted.flatMap((word) => [singular(word), lexicon.sameWords.get(word) ?? singular(word)]));
  const says = (word: string) => stems.has(stem(word, lexicon)) || wanted.some((said) => sameRoot(said, word)) || (kindsOf !== undefined && word.length > 2 && !lexicon.stopWords.has(word) && [...kinds].some((kind) => kindsOf(word).has(kind)));
  return notes.filter((note) => tokenize(note.text, lexicon.memory.contractedIs).some((token) => says(token.norm)));
}

/**
 * What is left of a note once what is forgotten goes: its parts between commas that do not say it, when the
 * first is left ("My background is actuarial science from Wits, then a PhD in statistics" without the PhD);
 * undefined when nothing sensible is left.
 */
export function noteWithout(text: string, words: readonly string[], lexicon: NoteLexicon, kindsOf?: (word: string) => ReadonlySet<string>): string | undefined {
  const unnamed = withoutNameOf(text, words, lexicon);
  if (unnamed) return unnamed;
  const parts = text.split(/\s*,\s*/).map((part) => ({ text: part }));
  const saying = new Set(notesForgotten(parts, words, lexicon, kindsOf));
  if (saying.size === 0 || saying.has(parts[0])) return undefined;
  return parts.filter((part) => !saying.has(part)).map((part) => part.text).join(', ');
}

/** Words that ask to forget what something is called ("forget the choir *name*"). */
const NAME_WORDS = new Set(['name', 'names']);

/** "a choir called Harbour Singers": a noun, "called" or "named", and a name typed in capitals. */
const CALLED = /(\p{L}+)\s+(?:called|named)\s+[\p{Lu}\d][\p{L}\p{N}'’&.-]*(?:\s+&?\s*[\p{Lu}\d][\p{L}\p{N}'’&.-]*)*/gu;

/**
 * "forget the choir name": the note without the name of the thing asked ("I sing alto in a choir called Northgate
 * Voices" → "I sing alto in a choir"), so what else it says stays. Undefined when the request asks no name or the
 * note names no such thing.
 */
function withoutNameOf(text: string, words: readonly string[], lexicon: NoteLexicon): string | undefined {
  return namesOfThingsForgotten(text, words, lexicon)?.left;
}

/** The names "forget the choir name" takes from a note ("Harbour Singers"), and what is left of it; undefined as in `withoutNameOf`. */
export function namesOfThingsForgotten(text: string, words: readonly string[], lexicon: NoteLexicon): { left: string; names: string[] } | undefined {
  const lowered = words.map((word) => word.toLowerCase());
  if (!lowered.some((word) => NAME_WORDS.has(word))) return undefined;
  const things = new Set(lowered.filter((word) => !NAME_WORDS.has(word)).map((word) => stem(word, lexicon)));
  const names: string[] = [];
  const left = text.replace(CALLED, (all: string, noun: string) => {
    if (!things.has(stem(noun.toLowerCase(), lexicon))) return all;
    names.push(all.slice(noun.length).trim().replace(/^(?:called|named)\s+/u, ''));
    return noun;
  });
  return names.length > 0 ? { left, names } : undefined;
}

/** The notes that say one of `values` as a whole word ("Bolacha", "cat" or "cats"): they go when it is forgotten. */
export function notesSaying<T extends NoteText>(notes: readonly T[], values: readonly string[]): T[] {
  const patterns = values.filter((value) => value.trim() !== '').map((value) => new RegExp(`\\b${value.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, 'i'));
  return notes.filter((note) => patterns.some((pattern) => pattern.test(note.text)));
}
