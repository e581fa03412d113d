import type { Content } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { noteLexicon, type NoteLexicon } from '../../personalization/memory/noteLexicon';
import { stem } from '../../personalization/memory/noteWords';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import { wordLexicon } from '../../nlu/wordLexicon';

/**
 * Whether a verb of a question is used with a particle its intent's examples never put after it: "who *looks after*
 * the compressor?" read as a web search, taught "look *up* the opening hours", "can you look something up". A particle
 * gives a verb its sense, so the intent's examples say nothing of this one; "who *won* the rugby final?" has none.
 */
export function verbInOtherSense(words: readonly string[], at: number, examples: readonly string[], content: Content): boolean {
  const next = words[at + 1];
  if (next === undefined || !(wordLexicon().tags(next) ?? []).includes('RP')) return false;
  const lexicon = noteLexicon(content);
  return !taughtPairs(examples, content, lexicon).has(`${stem(words[at], lexicon)} ${next}`);
}

const paired = new WeakMap<NoteLexicon, WeakMap<readonly string[], ReadonlySet<string>>>();

/** Each word of the examples, stemmed, with the word said after it: worked out once per loaded content. */
function taughtPairs(examples: readonly string[], content: Content, lexicon: NoteLexicon): ReadonlySet<string> {
  let byExamples = paired.get(lexicon);
  if (!byExamples) paired.set(lexicon, (byExamples = new WeakMap()));
  let pairs = byExamples.get(examples);
  if (!pairs) {
    const contractedIs = memoryLexicon(content).contractedIs;
    const said = examples.map((example) => tokenize(example, contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm));
    pairs = new Set(said.flatMap((words) => words.slice(0, -1).map((word, at) => `${stem(word, lexicon)} ${words[at + 1]}`)));
    byExamples.set(examples, pairs);
  }
  return pairs;
}
