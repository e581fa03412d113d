import { nearestSpan } from './nearestSpan';

/**
 * A time something was done in, as typed: minutes and seconds ("1:04.52", "2:31:07"), seconds with their
 * hundredths ("36.2", "41.88"), each with a unit of time said after it ("41.88 seconds"). Not a time of day
 * ("7:30am", "at 6:45"), nor money ("£2.40"), nor a figure in another unit ("2.3k", "7.4 metres").
 */
const DONE_IN = /(?<![\p{L}\p{N}\p{Sc}.:,])(?:\d{1,2}(?::\d{2}){1,2}(?:\.\d{1,3})?|\d{1,3}\.\d{1,3})(?:\s*(?:s|secs?|seconds?|mins?|minutes?)\b)?(?![\p{L}\p{N}%]|[.:,]\d)/giu;

/** What is said before a time of day, not a time done in ("*at* 7:30", "*from* 6:45"). */
const CLOCK_BEFORE = /\b(?:at|from|till|until|by|around|before|after)\s+$/i;

/** What is said after a time of day ("7:30 *am*", "6:45 *sharp*"). */
const CLOCK_AFTER = /^\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock|sharp)\b/i;

/** The times done in that a text says ("SILVER in 50 fly, 36.2" → 36.2). */
export function timesDoneIn(text: string): string[] {
  return [...text.matchAll(DONE_IN)].filter((match) => !CLOCK_BEFORE.test(text.slice(0, match.index)) && !CLOCK_AFTER.test(text.slice(match.index + match[0].length))).map((match) => match[0]);
}

/**
 * "what was my time in the 50 fly?" of "SILVER in 50 fly, 36.2": the one time done in a text says, else of several
 * the one said nearest the question's words; undefined when it says none, or two as near.
 */
export function timeDoneIn(text: string, anchors: readonly string[], same: (a: string, b: string) => boolean): string | undefined {
  const found = [...new Set(timesDoneIn(text))];
  return found.length === 1 ? found[0] : nearestSpan(text, found, anchors, same);
}
