import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import type { MemoryLexicon } from './factKinds';

const inflector = new NounInflector();

/** Part-of-speech tags of a word, as the lexicon knows them (`NNS` for a plural noun). */
export type WordTags = (word: string) => readonly string[] | undefined;

/** Whether a word is most likely a plural noun ("twins", "boys"). */
function isPlural(word: string, tags: WordTags): boolean {
  return tags(word)?.[0] === 'NNS';
}

/**
 * The nouns of a people kind that name several at once, as its nouns are listed ("twins", "triplets"), with
 * the one of each ("twin"): the words a note may name a group of them by ("twin mum to Harry and George").
 */
export function groupNounsOf(kind: string, lexicon: MemoryLexicon, tags: WordTags): string[] {
  const nouns = lexicon.kinds.get(kind)?.nouns ?? [];
  const groups = nouns.filter((noun) => noun.words.length === 1 && !noun.general && isPlural(noun.words[0], tags)).map((noun) => noun.words[0]);
  return groups.flatMap((group) => [group, inflector.singularize(group)]);
}

/**
 * "how old are the boys?", "where were the girls born?": a question of several of the one asked about, by a
 * plural of one of the nouns the kind keeps them under ("boy" for a son). The words a note may name them by: the
 * plural said, its singular, and the kind's group nouns ("twin boys here, Leo and Max"). Empty when one is asked of.
 */
export function groupAsked(kind: string | undefined, noun: string, said: readonly string[], lexicon: MemoryLexicon, tags: WordTags): string[] {
  if (kind === undefined) return [];
  const nouns = lexicon.kinds.get(kind)?.nouns ?? [];
  const namesNoun = (word: string) => nouns.some((known) => known.words.length === 1 && known.words[0] === word && (known.detail === noun || known.words[0] === noun));
  const plurals = said.filter((word) => isPlural(word, tags) && (namesNoun(word) || namesNoun(inflector.singularize(word))));
  if (plurals.length === 0) return [];
  return [...new Set([...plurals.flatMap((word) => [word, inflector.singularize(word)]), ...groupNounsOf(kind, lexicon, tags)])];
}
