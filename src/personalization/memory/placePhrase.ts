/**
 * Where a note says something is, when it names no town or city: "in the crypt of the old chapel", "at my
 * cousin's", "behind the leisure centre". A phrase opened by a word that places (`memoryPlaceLinks`) and a
 * determiner or possessive, up to the end of its clause; not when it says a time ("in the morning", "at the
 * weekend", "on the 14th"): recognizers-text reads those.
 */

import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';

/** The most words a place phrase runs to after the word that places ("the back room of the old town hall"). */
const PLACE_PHRASE_WORDS = 10;

/** Words that end a place phrase: what follows says something else ("at the depot and then …", "in the hall with Dan"). */
const ENDS_PHRASE = /^(and|but|or|so|then|with|for|because|cos|since|until|till|when|while|if|which|who|where)$/i;

/**
 * The place phrases a text says (as typed, without the word that places), in order. `links`: the words that place,
 * lower case; `determines`: whether a word opens a noun phrase (a determiner or a possessive, by the tagger).
 */
export function placePhrases(text: string, links: ReadonlySet<string>, determines: (word: string) => boolean): string[] {
  const typed = text.split(/\s+/).filter((word) => word.length > 0);
  const phrases: string[] = [];
  for (const [index, word] of typed.entries()) {
    const link = bare(word).toLowerCase();
    if (!links.has(link) || /[,;:.!?)]$/.test(word)) continue;
    const opener = bare(typed[index + 1] ?? '');
    if (!opener || !determines(opener.toLowerCase())) continue;
    const span: string[] = [];
    for (const next of typed.slice(index + 1, index + 1 + PLACE_PHRASE_WORDS)) {
      if (span.length > 0 && ENDS_PHRASE.test(bare(next))) break;
      span.push(next);
      if (/[,;:.!?)]$/.test(next)) break;
    }
    const phrase = bare(span.join(' '));
    if (span.length < 2 || /\d/.test(phrase)) continue;
    // "in the morning", "at the weekend", "by the end of june": a time, not a place.
    if (recognizeDateTime(phrase, Culture.English).length > 0) continue;
    phrases.push(phrase);
  }
  // "on the allotment behind the church": the whole place, not the part "behind" opens within it.
  return phrases.filter((phrase, at) => !phrases.slice(0, at).some((longer) => longer.endsWith(phrase)));
}

function bare(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, '');
}
