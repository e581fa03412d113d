// Reads whether a message names a thing told of before the latest message, and not in it.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import type { Token } from './tokens';

/** A kept text and when it was told. */
export interface ToldText {
  text: string;
  learnedAt: string;
}

/** Fewest letters of a noun that names a thing ("sideboard", "client"; not "it"). */
const NOUN_LETTERS = 4;

/**
 * "scratch that, the sideboard client upped it, its 7,200 total now" after "a walnut sideboard for a client in
 * kinsale, she's paying 4,800" and, told last, "my favourite plane is an old stanley": a noun of the message
 * ("sideboard") that a text told before `latestAt` says, and none told at `latestAt` does, shows the message is of
 * that earlier thing, not of what was told last.
 */
export function namesEarlierThing(tokens: readonly Token[], kept: readonly ToldText[], latestAt: string, tags: (word: string) => readonly string[] | undefined, fillers: ReadonlySet<string>): boolean {
  const nouns = tokens.map((token) => token.norm).filter((word) => word.length >= NOUN_LETTERS && /^\p{L}+$/u.test(word) && !fillers.has(word) && (tags(word)?.[0] ?? '').startsWith('NN'));
  const stems = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).map((word) => PorterStemmer.stem(word)));
  const earlier = kept.filter((one) => one.learnedAt < latestAt).map((one) => stems(one.text));
  const latest = kept.filter((one) => one.learnedAt === latestAt).map((one) => stems(one.text));
  return nouns.some((noun) => {
    const stem = PorterStemmer.stem(noun);
    return earlier.some((said) => said.has(stem)) && !latest.some((said) => said.has(stem));
  });
}
