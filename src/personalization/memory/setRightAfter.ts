// Reads a value said again after the one a note gives, in words that say it changed or was wrong: the later one holds.
import { tokenize, tokenParts, typedText, type Token } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import { saysPhrase } from './clauses';
import type { TimedNote } from './supersedingNote';

/**
 * "next stream is on the 22nd, actually moving it to the 23rd", "… like 340 followers, wait checked again it is 362",
 * "was supposed to be home in may, they extended it to july", and, said later of the value found, "wait i said bali,
 * we changed it, it is singapore now": the last part said after the value a note found gives (`old`, by `valueOf`),
 * in that note, in a note of the same message, or in a later note that names the old value again, that says a change
 * or a setting right and holds another value of the sort asked. A later message counts only when `later` (asked how
 * things are now). Undefined when none does.
 */
export function setRightAfter<T extends TimedNote>(notes: readonly T[], found: T, old: string, valueOf: (text: string) => string | undefined, lexicon: NoteLexicon, later: boolean): { note: T; text: string } | undefined {
  const memory = lexicon.memory;
  const marks = [...memory.switchMarkers, ...memory.changedSince, ...memory.correctionOpeners, ...memory.latestOpeners, ...memory.latestMistakes, ...memory.rescheduled.map((one) => one.words)];
  const at = notes.indexOf(found);
  if (at < 0) return undefined;
  const oldWords = wordsOf(old);
  const namesOld = (text: string) => oldWords.length > 0 && containsRun(wordsOf(text), oldWords);
  const foundParts = partsOf(found.text, lexicon);
  const holding = foundParts.findIndex((part) => namesOld(typedText(part)));
  const sources: Array<{ note: T; parts: Token[][] }> = [{ note: found, parts: holding < 0 ? [] : foundParts.slice(holding + 1) }];
  for (const note of notes.slice(at + 1)) {
    if (note.learnedAt === found.learnedAt) sources.push({ note, parts: partsOf(note.text, lexicon) });
    else if (later && note.learnedAt > found.learnedAt && namesOld(note.text)) sources.push({ note, parts: partsOf(note.text, lexicon) });
  }
  let last: { note: T; text: string } | undefined;
  for (const { note, parts } of sources) {
    // "wait i said bali, we changed it, it is singapore now": the mark may be said in a part before the value.
    let marked = false;
    for (const part of parts) {
      marked = marked || saysPhrase(part, marks);
      const text = marked ? firstValued(part, valueOf) : undefined;
      const value = text === undefined ? undefined : valueOf(text);
      if (text !== undefined && value !== undefined && !containsRun(wordsOf(value), oldWords) && !containsRun(oldWords, wordsOf(value))) last = { note, text };
    }
  }
  return last;
}

/** A note's parts, between commas and stops. */
function partsOf(text: string, lexicon: NoteLexicon): Token[][] {
  return tokenParts(tokenize(text, lexicon.memory.contractedIs));
}

/**
 * "actually moving it to the 23rd since my mom's birthday is the 22nd": the part's words up to the first value it
 * says, and on while they say more of that value ("Bloc" → "Bloc Zürich"), not a value said after it.
 */
function firstValued(part: readonly Token[], valueOf: (text: string) => string | undefined): string | undefined {
  let end = 1;
  while (end <= part.length && valueOf(typedText(part.slice(0, end))) === undefined) end++;
  if (end > part.length) return undefined;
  let value = valueOf(typedText(part.slice(0, end))) ?? '';
  while (end < part.length) {
    const longer = valueOf(typedText(part.slice(0, end + 1)));
    if (longer === undefined || longer.length <= value.length || !longer.toLowerCase().includes(value.toLowerCase())) break;
    value = longer;
    end++;
  }
  return typedText(part.slice(0, end));
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `words` holds `run` in order, side by side. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && words.some((_, at) => run.every((word, i) => words[at + i] === word));
}
