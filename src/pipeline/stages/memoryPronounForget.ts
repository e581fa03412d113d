import type { MemoryLexicon } from '../../personalization/memory/factKinds';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isPersonNoun } from './memoryLatest';
import { namedOnes, peopleInNotes } from './memoryWho';
import { escapeRegExp } from '../../util/escapeRegExp';

/** Possessives that stand for someone told of just before ("forget I told you *her* name"). */
const POSSESSIVES = new Set(['her', 'his', 'their']);

/**
 * "oh, forget I told you her name": the words of a forget request that ask for someone's name by a pronoun
 * ("her name", "his full name"), as the name of whom it stands for — the person named last in what was told
 * (the latest note that names anyone, the last name in it): one told of as someone of theirs, or a name said after
 * a word for a person or any word but a preposition ("my team lead Odile"), not a firm ("I interviewed at Quillberry").
 * Undefined for any other words, with no one named, or when the message said something before the request (then
 * "their names" points at what it said, not at an earlier note).
 */
export function nameForgottenByPronoun(forgetSaid: { words: readonly string[]; afterSaid: boolean } | undefined, profile: UserProfile, lexicon: MemoryLexicon, deps: TurnDependencies): string | undefined {
  if (!forgetSaid || forgetSaid.afterSaid) return undefined;
  const words = forgetSaid.words;
  if (!POSSESSIVES.has(words[0] ?? '') || !lexicon.nameNouns.some((noun) => noun.length === words.length - 1 && noun.every((word, at) => words[at + 1] === word))) return undefined;
  if (!learningActive(profile)) return undefined;
  const notesText = (profile.memory.notes ?? []).map((note) => note.text);
  // "at Quillberry", "with Brightmoor": a name after a preposition or a determiner is a place or a firm more often than not.
  const tags = (word: string) => wordLexicon().tags(word)?.[0] ?? '';
  const someone = (name: string) => notesText.some((text) => [...text.matchAll(new RegExp(`(\\p{L}+)\\s+${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))].some((found) => isPersonNoun(found[1].toLowerCase()) || !/^(IN|DT|TO)$/.test(tags(found[1].toLowerCase()))));
  const people = [...new Set([...namedOnes(profile, deps).map((one) => one.name), ...peopleInNotes(profile, deps).filter(someone)])];
  if (people.length === 0) return undefined;
  const notes = [...(profile.memory.notes ?? [])].map((note, at) => ({ note, at })).sort((a, b) => b.note.learnedAt.localeCompare(a.note.learnedAt) || b.at - a.at);
  for (const { note } of notes) {
    let last: { name: string; at: number } | undefined;
    for (const name of people) {
      const found = [...note.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))].at(-1);
      if (found?.index !== undefined && (!last || found.index > last.at)) last = { name, at: found.index };
    }
    if (last) return last.name;
  }
  return undefined;
}
