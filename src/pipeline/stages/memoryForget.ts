import { memoryLexicon } from '../../personalization/memory/factKinds';
import { NAME_TARGET, PERSON_TARGET, type FactTarget } from '../../personalization/memory/memoryReading';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { namesSomething, sameRoot } from '../../personalization/memory/noteWords';
import { POINTING_BACK } from '../../personalization/memory/readMemory';
import { tokenize } from '../../personalization/memory/tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Note, UserProfile } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';
import { escapeRegExp, kindNouns, noteLeft, notesOfKind } from './memoryNotes';

/**
 * What a forget request takes from the notes: every note, or part of one, that says what it names. A kind
 * ("forget my allergy", "delete partner details") goes from a part that reads as that kind or says one of the
 * words the kind is told with ("allergic"); a value ("forget that I'm a teacher") from a part that says it in
 * any of its forms ("I teach year 5").
 */
export interface NotesForgotten {
  /** The notes that go, by their text. */
  removed: string[];
  /** What is left of a note once its parts that say it go, kept as it was learned. */
  left: Note[];
}

/** A note's parts: what it says between commas, semicolons and dashes ("Key info: — Based in Clapham — Partner: James"). */
export const NOTE_PARTS = /\s*[,;]\s*|\s+[—–-]\s+/;

/** Words that point back at what a part before said ("… allergic to *it*"). */
const pointsBack = (part: string) => part.toLowerCase().split(/[^\p{L}]+/u).some((word) => POINTING_BACK.has(word));

export function notesForgottenBy(notes: readonly Note[], targets: readonly FactTarget[], deps: TurnDependencies): NotesForgotten {
  const tellers = targets.filter((target) => target.kind !== NAME_TARGET && target.kind !== PERSON_TARGET && !target.about && (target.value !== undefined || target.detail === undefined)).map((target) => saysTarget(target, deps));
  const result: NotesForgotten = { removed: [], left: [] };
  if (tellers.length === 0) return result;
  for (const note of notes) {
    const parts = note.text.split(NOTE_PARTS).filter((part) => part !== '');
    const said = parts.map((part) => tellers.some((says) => says(part)));
    if (!said.some(Boolean)) continue;
    // "I react badly to kiwi fruit, I am allergic to it": what a part forgotten points back at goes with it.
    const saying = said.map((says, at) => says || (said[at + 1] === true && pointsBack(parts[at + 1])));
    result.removed.push(note.text);
    // What the note says first is what the rest is said of: without it nothing sensible is left.
    const left = parts.filter((_, at) => !saying[at]);
    if (!saying[0] && left.length > 0) result.left.push({ text: left.join(', '), learnedAt: note.learnedAt });
  }
  return result;
}

/** Whether a part of a note says what a target names: its value in any form, or else its kind. */
function saysTarget(target: FactTarget, deps: TurnDependencies): (part: string) => boolean {
  const lexicon = memoryLexicon(deps.content);
  const wordsOf = (text: string) => tokenize(text, lexicon.contractedIs).map((token) => token.norm).filter((word) => /\p{L}/u.test(word));
  const value = target.value;
  if (value !== undefined) {
    const said = wordsOf(value).filter((word) => !noteLexicon(deps.content).stopWords.has(word));
    return (part) => said.length > 0 && said.every((word) => wordsOf(part).some((other) => sameRoot(word, other)));
  }
  const telling = kindWords(target.kind, deps);
  return (part) => wordsOf(part).some((word) => telling.some((told) => sameRoot(told, word))) || readsAs(part, target.kind, deps);
}

/** Whether the memory reader reads a kind from words ("Partner: James" as a partner). */
function readsAs(text: string, kind: string, deps: TurnDependencies): boolean {
  const read = deps.readMemory(text);
  return read.facts.some((fact) => fact.kind === kind) || read.others.some((fact) => fact.kind === kind);
}

/**
 * The words a kind is told with that name it ("allergic", "birthday", "trade"; "husband" for a partner): its
 * statement words that are nouns or adjectives, and its own nouns, not words every note may say.
 */
function kindWords(kind: string, deps: TurnDependencies): string[] {
  const lexicon = memoryLexicon(deps.content);
  const notes = noteLexicon(deps.content);
  const said = [...(lexicon.statementWords.get(kind) ?? [])].filter((word) => /^(NN|JJ)/.test(wordLexicon().tags(word)?.[0] ?? ''));
  return [...new Set([...said, ...kindNouns([kind], deps)])].filter((word) => namesSomething(word, notes));
}

/** What forgetting one of the people in one's life by a noun takes from the notes, part by part. */
export interface SomeoneForgotten {
  /** The targets forgotten so ("the stepdad bit"). */
  nouns: FactTarget[];
  /** Notes that go, by their text, and what is left of them. */
  removed: string[];
  left: Note[];
  /** The names told right beside the noun in the messages remembered ("stepdad (Mike)", "stepdad Mike"). */
  names: string[];
}

/**
 * "forget the stepdad bit": of a note that names several people ("family: mum, stepdad, half-brother Finn") only the
 * part that says the one forgotten goes; so does the name said beside the noun in a message remembered, wherever
 * a note keeps it ("Carol, Mike").
 */
export function someoneForgotten(targets: readonly FactTarget[], notes: readonly Note[], profile: UserProfile, deps: TurnDependencies): SomeoneForgotten {
  const lexicon = memoryLexicon(deps.content);
  const nouns = targets.filter((target) => lexicon.people.has(target.kind) && target.detail !== undefined && target.value === undefined && target.about === undefined);
  const result: SomeoneForgotten = { nouns, removed: [], left: [], names: [] };
  for (const noun of nouns.map((target) => target.detail ?? '')) {
    for (const note of notesOfKind(notes, [noun], deps)) {
      result.removed.push(note.text);
      const left = noteLeft(note, [noun], deps);
      if (left) result.left.push({ text: left, learnedAt: note.learnedAt });
    }
    const beside = new RegExp(`\\b${escapeRegExp(noun)}\\s*\\(?\\s*(\\p{Lu}\\p{Ll}+)`, 'giu');
    result.names.push(...profile.memory.turns.flatMap((said) => [...said.text.matchAll(beside)].map((found) => found[1])).filter((name) => deps.findCity(name) === undefined));
  }
  result.names = [...new Set(result.names)];
  if (result.names.length === 0) return result;
  // The name goes from every note that keeps it, and from what is left of those just changed.
  const named = notesForgottenBy([...notes.filter((note) => !result.removed.includes(note.text)), ...result.left], result.names.map((name) => ({ kind: NAME_KIND, value: name })), deps);
  result.removed.push(...named.removed.filter((text) => !result.left.some((note) => note.text === text)));
  result.left = [...result.left.filter((note) => !named.removed.includes(note.text)), ...named.left];
  return result;
}

/** The kind a name is forgotten as: any, as its value is found by its words alone. */
const NAME_KIND = 'named';
