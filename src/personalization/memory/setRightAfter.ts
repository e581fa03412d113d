// Reads a value said again after the one a note gives, in words that say it changed or was wrong: the later one holds.
import { tokenize, tokenParts, typedText, type Token } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import { saysPhrase } from './clauses';
import { escapeRegExp } from '../../util/escapeRegExp';
import type { TimedNote } from './supersedingNote';

/**
 * "next stream is on the 22nd, actually moving it to the 23rd", "… like 340 followers, wait checked again it is 362",
 * "was supposed to be home in may, they extended it to july", and, said later of the value found, "wait i said bali,
 * we changed it, it is singapore now": the part that held the value a note found gives, said with the value of the last part after it,
 * in that note, in a note of the same message, or in a later note that names the old value again, that says a change
 * or a setting right and holds another value of the sort asked. The value found is the one `valueOf` reads in the
 * note, else the first a part of it holds. A later message counts only when `later` (asked how things are now).
 * Undefined when none does.
 */
export function setRightAfter<T extends TimedNote>(notes: readonly T[], found: T, valueOf: (text: string) => string | undefined, lexicon: NoteLexicon, later: boolean): { note: T; text: string } | undefined {
  const memory = lexicon.memory;
  const marks = [...memory.switchMarkers, ...memory.changedSince, ...memory.correctionOpeners, ...memory.latestOpeners, ...memory.latestMistakes, ...memory.rescheduled.map((one) => one.words)];
  const carried = marks.filter((mark) => !memory.switchMarkers.includes(mark));
  const at = notes.indexOf(found);
  if (at < 0) return undefined;
  const foundParts = partsOf(found.text, lexicon);
  // "… in september, her job contract runs till december, now it is january": of several, the value said first.
  const old = valueOf(found.text) ?? foundParts.map((part) => valueOf(typedText(part))).find((value) => value !== undefined);
  if (old === undefined) return undefined;
  const oldWords = wordsOf(old);
  const namesOld = (text: string) => oldWords.length > 0 && containsRun(wordsOf(text), oldWords);
  const holding = foundParts.findIndex((part) => namesOld(typedText(part)));
  if (holding < 0) return undefined;
  const sources: Array<{ note: T; parts: Token[][] }> = [{ note: found, parts: foundParts.slice(holding + 1) }];
  for (const note of notes.slice(at + 1)) {
    if (note.learnedAt === found.learnedAt) sources.push({ note, parts: partsOf(note.text, lexicon) });
    else if (later && note.learnedAt > found.learnedAt && namesOld(note.text)) sources.push({ note, parts: partsOf(note.text, lexicon) });
  }
  let last: { note: T; value: string } | undefined;
  for (const { note, parts } of sources) {
    // "wait i said bali, we changed it, it is singapore now": the mark may be said in a part before the value.
    // "no wait relay team is 4 now, two ppl dropped out": said before the value, not after it as what it came of.
    let marked = false;
    for (const part of parts) {
      const end = firstValued(part, valueOf);
      const value = end !== undefined && (marked || saysPhrase(part.slice(0, end), marks)) ? valueOf(typedText(part.slice(0, end))) : undefined;
      // "My PB now is 3:28, that was Valencia in December 2023": "now" marks only its own part.
      marked = marked || saysPhrase(part, carried);
      if (value !== undefined && !containsRun(wordsOf(value), oldWords) && !containsRun(oldWords, wordsOf(value))) last = { note, value };
    }
  }
  // "next big stream is my 1 year anniversary on the 23rd": the part that held the old value, said with the new one.
  const said = typedText(foundParts[holding]);
  const place = last ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(old)}(?![\\p{L}\\p{N}])`, 'iu').exec(said) : null;
  return last && place ? { note: last.note, text: `${said.slice(0, place.index)}${last.value}${said.slice(place.index + place[0].length)}` } : undefined;
}

/** A note's parts, between commas and stops. */
function partsOf(text: string, lexicon: NoteLexicon): Token[][] {
  return tokenParts(tokenize(text, lexicon.memory.contractedIs));
}

/**
 * "actually moving it to the 23rd since my mom's birthday is the 22nd": how many of the part's words go up to the
 * first value it says, and on while they say more of that value ("Bloc" → "Bloc Zürich"), not a value said after it.
 */
function firstValued(part: readonly Token[], valueOf: (text: string) => string | undefined): number | undefined {
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
  return end;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Whether `words` holds `run` in order, side by side. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && words.some((_, at) => run.every((word, i) => words[at + i] === word));
}
