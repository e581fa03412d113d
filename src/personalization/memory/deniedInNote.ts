// Whether a note denies what a yes-or-no question asks ("do I have a lathe?" of "I do not own a lathe").
import type { NoteLexicon } from './noteLexicon';
import { stem } from './noteWords';
import { isPunctuation, tokenize } from './tokens';

/**
 * Whether a note says a word of `memoryNoteDenials` ("not", "never") before one of the question's words in the same
 * clause: "I do not use a wheel, tried it once" denies "do I throw on a wheel?"; "I never learned to drive" denies
 * "do I drive?". A denial said of something else ("not cheap, but I love my lathe") denies nothing asked.
 */
export function deniedInNote(text: string, asked: readonly string[], lexicon: NoteLexicon): boolean {
  const wanted = new Set(asked.map((word) => stem(word, lexicon)));
  let denied = false;
  for (const token of tokenize(text, lexicon.memory.contractedIs)) {
    if (isPunctuation(token)) denied = false;
    else if (lexicon.roles.denials.has(token.norm)) denied = true;
    else if (denied && wanted.has(stem(token.norm, lexicon))) return true;
  }
  return false;
}
