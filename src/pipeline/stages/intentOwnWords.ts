import { contentList } from '../../content/content';
import { noteLexicon, type NoteLexicon } from '../../personalization/memory/noteLexicon';
import { stem } from '../../personalization/memory/noteWords';
import { toldStems } from '../../personalization/memory/bestNote';
import type { TurnDependencies } from '../turn';

/** How many of an intent's examples say a word for it to be the intent's own ("joke" of telling one; not "course" of "of course"). */
const OWN_WORD_EXAMPLES = 2;

/**
 * A question's words but the intent's own, those its examples keep saying: "what's a good joke?" asks for a joke
 * whatever was told of jokes, "what's the time?" for the time whatever was told of a good time; "what joke *bombed*?"
 * asks of the one told. All the words when the intent is unknown or is not one of `memoryOwnWordIntents` ("how much
 * is the internet?" read as a web search, which gives no price, is still asked of the internet told of).
 */
export function wordsBeyondIntent(intent: string | undefined, words: readonly string[], deps: TurnDependencies): string[] {
  const definition = intent === undefined ? undefined : deps.content.intents.get(intent);
  // Only an intent that gives what its words ask for (`memoryOwnWordIntents`) keeps a question said in them alone.
  if (!definition || !contentList(deps.content, 'memoryOwnWordIntents').includes(intent ?? '')) return [...words];
  const lexicon = noteLexicon(deps.content);
  const saying = examplesSaying(definition.examples, lexicon);
  return words.filter((word) => (saying.get(stem(word, lexicon)) ?? 0) < OWN_WORD_EXAMPLES);
}

const counted = new WeakMap<NoteLexicon, WeakMap<readonly string[], ReadonlyMap<string, number>>>();

/** How many of the examples say each stem, worked out once per loaded content (not on every turn). */
function examplesSaying(examples: readonly string[], lexicon: NoteLexicon): ReadonlyMap<string, number> {
  let byExamples = counted.get(lexicon);
  if (!byExamples) counted.set(lexicon, (byExamples = new WeakMap()));
  let saying = byExamples.get(examples);
  if (!saying) {
    const counts = new Map<string, number>();
    for (const example of examples) for (const said of toldStems([example], lexicon)) counts.set(said, (counts.get(said) ?? 0) + 1);
    byExamples.set(examples, (saying = counts));
  }
  return saying;
}
