import { noteLexicon, stem, toldStems } from '../../personalization/memory/readNotes';
import type { TurnDependencies } from '../turn';

/** How many of an intent's examples say a word for it to be the intent's own ("joke" of telling one; not "course" of "of course"). */
const OWN_WORD_EXAMPLES = 2;

/**
 * A question's words but the intent's own, those its examples keep saying: "what's a good joke?" asks for a joke
 * whatever was told of jokes, "what's the time?" for the time whatever was told of a good time; "what joke *bombed*?"
 * asks of the one told. All the words when the intent is unknown.
 */
export function wordsBeyondIntent(intent: string | undefined, words: readonly string[], deps: TurnDependencies): string[] {
  const definition = intent === undefined ? undefined : deps.content.intents.get(intent);
  if (!definition) return [...words];
  const lexicon = noteLexicon(deps.content);
  const saying = (word: string) => definition.examples.filter((example) => toldStems([example], lexicon).has(stem(word, lexicon))).length;
  return words.filter((word) => saying(word) < OWN_WORD_EXAMPLES);
}
