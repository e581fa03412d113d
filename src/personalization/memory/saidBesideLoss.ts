import type { MemoryLexicon } from './factKinds';
import { spanEnd } from './clauses';
import { tokenize } from './tokens';

/**
 * "got a new car finally!! 2017 mazda 3. the old corolla died on the westgate", "one buffalo died last week :( now we
 * are 17 buffalo": what a message tells beside news of a loss (`memoryGone`), which the loss does not take with it: the
 * sentences before the one that tells it, and what follows the words of the loss and when it was. Empty when the message says nothing
 * else, or no loss is found in its words.
 */
export function saidBesideLoss(text: string, lexicon: MemoryLexicon): string[] {
  const tokens = tokenize(text, lexicon.contractedIs);
  const at = tokens.findIndex((_, start) => lexicon.gone.some((phrase) => phrase.every((word, offset) => tokens[start + offset]?.norm === word)));
  if (at < 0) return [];
  const phrase = lexicon.gone.find((words) => words.every((word, offset) => tokens[at + offset]?.norm === word)) ?? [];
  // "died last month, …": when the loss was is part of its news, not told beside it.
  const end = at + phrase.length;
  const told = Math.max(end, spanEnd(tokens, end, lexicon.spans));
  // Where the loss starts and ends in the text as typed: each word typed is found after the one before it.
  let offset = 0;
  let start = 0;
  for (const [index, token] of tokens.slice(0, told).entries()) {
    if (token.raw === '') continue;
    const found = text.indexOf(token.raw, offset);
    if (found < 0) return [];
    if (index === at) start = found;
    offset = found + token.raw.length;
  }
  // The sentence the loss is told in starts after the last mark that ends one before it.
  const sentenceEnd = Math.max(...['.', '!', '?', ';', '\n'].map((mark) => text.lastIndexOf(mark, start)));
  const before = sentenceEnd < 0 ? '' : text.slice(0, sentenceEnd + 1).trim();
  const after = text.slice(offset).replace(/^[^\p{L}\p{N}£$€]+/u, '').trim();
  return [before, after].filter((part) => /\p{L}/u.test(part));
}
