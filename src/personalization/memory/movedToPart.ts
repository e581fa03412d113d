import type { NoteLexicon } from './noteLexicon';
import { temporalValues } from './temporalValues';
import { tokenize, typedText } from './tokens';

/** Most words between a word that says a change and the "to" before the new day ("moved *our friday lesson* to"). */
const MAX_BETWEEN = 4;

/** A day of the month said alone, which recognizers-text does not read as a date ("the 21st"). */
const DAY_OF_MONTH = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\b/iu;

/**
 * "thursday practice is moving to sunday 4pm from next month" asked when: the part from the day or time it moved to,
 * as the one said before no longer holds; undefined when the note moves nothing to a day or a time.
 */
export function movedToPart(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const changes = lexicon.memory.changedSince;
  for (let at = 0; at < tokens.length; at++) {
    if (!changes.some((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word))) continue;
    for (let to = at + 1; to <= at + MAX_BETWEEN + 1 && to < tokens.length; to++) {
      if (tokens[to].norm !== 'to') continue;
      // "moving to Saturdays bc the bassist can't do Sundays anymore": up to where the reason for it opens.
      const end = tokens.findIndex((_, index) => index > to && lexicon.reasons.some((phrase) => phrase.every((word, i) => tokens[index + i]?.norm === word)));
      const rest = typedText(tokens.slice(to + 1, end > to ? end : tokens.length));
      const [first] = temporalValues(rest);
      if ((first && /^(?:the\s+|on\s+)?$/iu.test(rest.slice(0, first.start))) || DAY_OF_MONTH.test(rest)) return rest;
    }
  }
  return undefined;
}

/** "actually moving it to the 23rd since …": the day or time itself a note moves something to (`movedToPart`), as typed. */
export function movedToValue(text: string, lexicon: NoteLexicon): string | undefined {
  const rest = movedToPart(text, lexicon);
  if (rest === undefined) return undefined;
  // "the 9th of december" is read whole as a date; "the 20th starting this month" only as a day of the month.
  const [first] = temporalValues(rest);
  return first && first.start === 0 ? first.text : (DAY_OF_MONTH.exec(rest)?.[0] ?? first?.text);
}
