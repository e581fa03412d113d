import type { MemoryLexicon } from './factKinds';
import { POINTING_BACK } from './readMemory';
import { tokenize } from './tokens';

/**
 * "we're doing it widthways… actually no, scrap that, lengthways, the flares were £600": what a message says after
 * its last take-back (`memoryTakeBacks`, or a forget verb and "that"), which the take-back does not touch. Undefined
 * when nothing is said after it ("I started seeing a therapist, but please forget that").
 */
export function saidAfterTakeBack(text: string, lexicon: MemoryLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.contractedIs);
  const pointing = [...lexicon.lastSaid].filter((word) => POINTING_BACK.has(word));
  const phrases = [...lexicon.takeBacks, ...lexicon.forgetVerbs.flatMap((verb) => pointing.map((word) => [...verb, word]))];
  const matchesAt = (at: number) => phrases.map((words) => (words.every((word, offset) => tokens[at + offset]?.norm === word) ? at + words.length : 0)).find((end) => end > 0);
  let end: number | undefined;
  for (let at = 0; at < tokens.length; at++) end = matchesAt(at) ?? end;
  if (end === undefined) return undefined;
  // Where the take-back ends in the text as typed: each word typed is found after the one before it.
  let offset = 0;
  for (const token of tokens.slice(0, end)) {
    if (token.raw === '') continue;
    const found = text.indexOf(token.raw, offset);
    if (found < 0) return undefined;
    offset = found + token.raw.length;
  }
  const after = text.slice(offset).replace(/^[^\p{L}\p{N}£$€]+/u, '').trim();
  return /\p{L}/u.test(after) ? after : undefined;
}
