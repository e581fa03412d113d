// Reads a value said again after the one a note gives, in words that say it changed or was wrong: the later one holds.
import { tokenize, tokenParts, typedText, type Token } from './tokens';
import { contentWords, REFERRING, stem, SUBJECT_PRONOUNS } from './noteWords';
import type { NoteLexicon } from './noteLexicon';
import { saysPhrase, wordsSayPhrase } from './clauses';
import { opensSettingRight } from './readLatest';
import { escapeRegExp } from '../../util/escapeRegExp';
import type { TimedNote } from './supersedingNote';

/**
 * "next stream is on the 22nd, actually moving it to the 23rd", "… like 340 followers, wait checked again it is 362",
 * "was supposed to be home in may, they extended it to july", and, said later of the value found, "wait i said bali,
 * we changed it, it is singapore now": the part that held the value a note found gives, said with the value of the last part after it,
 * in that note, in a note of the same message, in the first note of the next message when it opens taking back and
 * says the value bare ("sorry, every 3 days"), or in a later note that names the old value again, that says a change
 * or a setting right and holds another value of the sort asked. The value found is the one `valueOf` reads in the part found (`part`), else in the
 * note, else the first a part of it holds. A later message counts only when `later` (asked how things are now).
 * What is said after counts only when it is said of the thing asked (`pointsBack`). Undefined when none does.
 */
export function setRightAfter<T extends TimedNote>(notes: readonly T[], found: T, valueOf: (text: string) => string | undefined, lexicon: NoteLexicon, later: boolean, asked: readonly string[], part?: string): { note: T; text: string } | undefined {
  const memory = lexicon.memory;
  const marks = [...memory.switchMarkers, ...memory.changedSince, ...memory.correctionOpeners, ...memory.latestOpeners, ...memory.latestMistakes, ...memory.rescheduled.map((one) => one.words)];
  const carried = marks.filter((mark) => !memory.switchMarkers.includes(mark));
  // "Was booked to fly 14 April, Brought it forward to 20 March" told with the clause said next ("…, My husband
  // Chidi will mind the children"): the kept note it opens with is where it was told.
  const at = notes.includes(found) ? notes.indexOf(found) : notes.findIndex((note) => note.learnedAt === found.learnedAt && found.text.startsWith(note.text));
  if (at < 0) return undefined;
  const foundParts = partsOf(found.text, lexicon);
  // "… in september, her job contract runs till december, now it is january": of several, the value said first.
  // "per set ₱450, ay wait i forgot, i told the principal ₱500 this year": the value of the part found, when it holds one.
  const old = (part === undefined ? undefined : valueOf(part)) ?? valueOf(found.text) ?? foundParts.map((part) => valueOf(typedText(part))).find((value) => value !== undefined);
  if (old === undefined) return undefined;
  const oldWords = wordsOf(old);
  const oldStems = oldWords.map((word) => stem(word, lexicon));
  const namesOld = (text: string) => oldWords.length > 0 && containsRun(wordsOf(text), oldWords);
  const holding = foundParts.findIndex((part) => namesOld(typedText(part)));
  if (holding < 0) return undefined;
  const sources: Array<{ note: T; parts: Token[][]; next?: boolean; bare?: boolean }> = [{ note: found, parts: foundParts.slice(holding + 1) }];
  // "i ring my gran every 2 days" and, as the next message, "sorry, every 3 days, she's busier now": the first note of
  // the message told right after, opened by a word that takes back, sets right as one of the same message does.
  const nextMessage = notes.slice(at + 1).find((note) => note.learnedAt > found.learnedAt);
  for (const [index, note] of notes.slice(at + 1).entries()) {
    if (note.learnedAt === found.learnedAt) sources.push({ note, parts: partsOf(note.text, lexicon), next: index === 0 && opensTakingBack(tokenize(note.text, lexicon.memory.contractedIs), lexicon) });
    else if (later && note.learnedAt > found.learnedAt && namesOld(note.text)) sources.push({ note, parts: partsOf(note.text, lexicon) });
    else if (note === nextMessage && opensTakingBack(tokenize(note.text, lexicon.memory.contractedIs), lexicon)) sources.push({ note, parts: partsOf(note.text, lexicon), next: true, bare: true });
  }
  const of = { asked, old, told: foundParts.slice(0, holding + 1) };
  let last: { note: T; value: string } | undefined;
  // "per set ₱450, ay wait i forgot, i told the principal ₱500 this year": a mark said in a note of the message that
  // holds no value carries on into the next note of it, as into the next part.
  let marked = false;
  let message: string | undefined;
  // "sorry my nephew Ivo is actually 7" after "the new job pays 40k": told in a message of its own, the value is said
  // bare, with no word the note found did not say but those that take back or mark a change ("sorry, every 3 days").
  const toldStems = new Set(contentWords(tokenize(found.text, memory.contractedIs), lexicon).map((word) => stem(word, lexicon)));
  const markWords = new Set([...marks, ...memory.switchMarkers].filter((mark) => mark.length === 1).map((mark) => mark[0]));
  const saysBare = (part: readonly Token[], value: string) => {
    const valueWords = new Set(wordsOf(value));
    return contentWords(part, lexicon).every((word) => valueWords.has(word.toLowerCase()) || markWords.has(word) || memory.fillers.has(word) || toldStems.has(stem(word, lexicon)));
  };
  for (const { note, parts, next, bare } of sources) {
    if (note.learnedAt !== message) marked = false;
    message = note.learnedAt;
    const pointing = pointsBack(parts, of, lexicon, note !== found, next === true);
    // "wait i said bali, we changed it, it is singapore now": the mark may be said in a part before the value.
    // "no wait relay team is 4 now, two ppl dropped out": said before the value, not after it as what it came of.
    for (const part of parts) {
      // "14 births, hang on no, it was 16": a mark said with the comma that closes its part ("no ,", "sorry ,").
      const closed = [...part, COMMA];
      const end = firstValued(part, valueOf);
      const value = end !== undefined && pointing && (marked || saysPhrase(part.slice(0, end), marks)) ? valueOf(typedText(part.slice(0, end))) : undefined;
      // "My PB now is 3:28, that was Valencia in December 2023": "now" marks only its own part.
      // "I switched them to Mondays, Thursdays clashed with work": a mark carries on only until a value is said after it.
      marked = end === undefined && (marked || saysPhrase(closed, carried));
      // "postponed it, now 13 March": a word that marks the change is no value of it.
      // "switched them to Mondays, Thursdays clashed with work": the old value said again, in another form, is no new one.
      const valueStems = wordsOf(value ?? '').map((word) => stem(word, lexicon));
      if (value !== undefined && !wordsSayPhrase(wordsOf(value), marks) && !containsRun(valueStems, oldStems) && !containsRun(oldStems, valueStems) && (bare !== true || saysBare(part, value))) last = { note, value };
    }
  }
  // "next big stream is my 1 year anniversary on the 23rd": the part that held the old value, said with the new one.
  const said = typedText(foundParts[holding]);
  const place = last ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(old)}(?![\\p{L}\\p{N}])`, 'iu').exec(said) : null;
  return last && place ? { note: last.note, text: `${said.slice(0, place.index)}${last.value}${said.slice(place.index + place[0].length)}` } : undefined;
}

/**
 * Whether what is said after a value is said of the thing asked: it names it ("my book club moved to friday" asked of
 * the book club), names the old value again, or points back at it ("actually moving *it* to the 23rd") without naming
 * another thing the note told ("the broadband went up, it's ¥3500 now" is not of the phone contract told beside it).
 * "I have yoga on Sunday" and then "my book club moved to friday" leaves yoga on Sunday. Another note of the message
 * points back only when a part of it opens by setting right ("chat went wild, Actually Jamie says it was 53") or moves "it" ("so we moved it to
 * aug 30"): its "it" may be of something else ("I stopped using Ben for the gutters, now it's Oona").
 */
function pointsBack(parts: readonly (readonly Token[])[], of: { asked: readonly string[]; old: string; told: readonly (readonly Token[])[] }, lexicon: NoteLexicon, another: boolean, next = false): boolean {
  const tokens = parts.flat();
  const stems = new Set(contentWords(tokens, lexicon).map((word) => stem(word, lexicon)));
  if (of.asked.some((word) => stems.has(stem(word, lexicon))) || containsRun(wordsOf(typedText(tokens)), wordsOf(of.old))) return true;
  const memory = lexicon.memory;
  const moves = [...memory.changesOfMind, ...memory.rescheduled.map((one) => one.words)];
  if (another && !next && !parts.some((part) => opensSettingRight(part, memory)) && !saysPhrase(tokens, moves)) return false;
  const kept = new Set([...of.asked, ...wordsOf(of.old)].map((word) => stem(word, lexicon)));
  const others = contentWords(of.told.flat(), lexicon).map((word) => stem(word, lexicon)).filter((word) => !kept.has(word));
  // "thesis due in april, or was it" and, next, "no, may 15, just checked": said right after, opened by a word that
  // takes back what was said (`next`: not one that only opens, as "oh" or "ok" do), it needs no "it" to point back.
  const takesBack = next;
  return (takesBack || tokens.some((token) => REFERRING.has(token.norm) && !SUBJECT_PRONOUNS.has(token.norm))) && !others.some((word) => stems.has(word));
}

/** Whether words open with one that takes back what was said (`memoryLatestOpeners`, `memoryCorrectionOpeners`: "sorry", "no ,"), past fillers. */
function opensTakingBack(tokens: readonly Token[], lexicon: NoteLexicon): boolean {
  const words = tokens.filter((token) => !lexicon.memory.fillers.has(token.norm));
  return [...lexicon.memory.latestOpeners, ...lexicon.memory.correctionOpeners].some((phrase) => [tokens, words].some((said) => phrase.every((word, i) => said[i]?.norm === word)));
}

/** The comma that closes a part, for marks said with it ("no ,"). */
const COMMA: Token = { raw: ',', norm: ',' };

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

/** A text's words, a day of the month said alike however it is written ("june 12th" and "june 12"). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.replace(/^(\d+)(?:st|nd|rd|th)$/u, '$1'));
}

/** Whether `words` holds `run` in order, side by side. */
function containsRun(words: readonly string[], run: readonly string[]): boolean {
  return run.length > 0 && words.some((_, at) => run.every((word, i) => words[at + i] === word));
}
