import { escapeRegExp } from '../../util/escapeRegExp';

/**
 * A name set right in the middle of a message, as people type it: "my nephew Mateo, sorry, Matias, turns 7",
 * "my flatmate is called Fiona, wait no, Fenella", "my grandson Tyler, no, I mean Tanner". The message is read
 * as meant, with the right name in place of the wrong one and the words that set it right gone, so every
 * reader (facts, notes) sees only the right one.
 *
 * `marks` are the words that set a name right (`memoryNameSetRightMarks`); `common` says whether a word in
 * lower case is a word of the dictionary (a message typed all in lower case names people in lower case too,
 * so there only words no dictionary knows count as names).
 */
export function withNamesSetRight(text: string, marks: readonly string[], common: (word: string) => boolean): string {
  if (marks.length === 0) return text;
  const lower = text === text.toLowerCase();
  const alternatives = [...marks].sort((a, b) => b.length - a.length).map((mark) => mark.split(/\s+/).map((word) => anyCaseFirst(escapeRegExp(word))).join('[\\s,]+')).join('|');
  const NAME = lower ? "\\p{Ll}[\\p{L}\\p{M}'’-]+" : "\\p{Lu}[\\p{L}\\p{M}'’-]*";
  // "flat 14B, sorry 41B", "on the 14th, no wait, the 12th": a number or a word with one in it, set right by another.
  const FIGURE = "\\p{L}{0,3}\\p{N}[\\p{L}\\p{N}:.]*";
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(${NAME}|${FIGURE})\\s*[,—–-]+\\s*(?:${alternatives})\\s*[,—–-]*\\s*(?:(?:the|at|on|in)\\s+)?(${NAME}|${FIGURE})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
  return text.replace(pattern, (whole: string, wrong: string, right: string, at: number) => {
    if (wrong.toLowerCase() === right.toLowerCase() || right === 'I') return whole;
    // A name for a name, a figure for a figure.
    if (/\p{N}/u.test(wrong) !== /\p{N}/u.test(right)) return whole;
    if (lower && !/\p{N}/u.test(wrong) && (common(wrong) || common(right))) return whole;
    // "I said Lisbon, I meant Porto", "Lisbon, sorry, Porto" alone: what an earlier message told is set right, which is read as such.
    const before = text.slice(0, at).trim().split(/[^\p{L}\p{M}'’]+/u).filter(Boolean);
    if (before.length === 0 || SAYING.has(before.at(-1)?.toLowerCase() ?? '')) return whole;
    // "Tanner, Tyler's the neighbour's boy": what is then said of the wrong one is a sentence of its own, not a list.
    const rest = text.slice(at + whole.length);
    return new RegExp(`^\\s*,\\s*${escapeRegExp(wrong)}(?![\\p{L}\\p{M}])`, 'u').test(rest) ? `${right}${SENTENCE_ENDS}` : right;
  }).replace(new RegExp(`${SENTENCE_ENDS}\\s*,`, 'g'), '.');
}

/** Words of saying before a value that point back at what was said ("I *said* Lisbon"). */
const SAYING = new Set(['said', 'say', 'typed', 'wrote', 'meant', 'mean', 'not']);

/** Put where a sentence is to end, the comma after it taken away. */
const SENTENCE_ENDS = '\u0000';

/** A pattern whose first letter may be typed either way ("Sorry", "sorry"). */
function anyCaseFirst(pattern: string): string {
  const first = pattern[0];
  return first && /\p{L}/u.test(first) ? `[${first.toLowerCase()}${first.toUpperCase()}]${pattern.slice(1)}` : pattern;
}
