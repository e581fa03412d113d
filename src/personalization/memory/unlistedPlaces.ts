// Towns typed small that the city list does not know ("driving over from fresno rn"), read by the word that places them.
import { wordLexicon } from '../../nlu/wordLexicon';
import { MONTH_OR_DAY } from './noteWords';

/** The most words a town's name typed small runs to ("malvern showground"). */
const NAME_WORDS = 3;

/** Whether a word may be part of a name typed small: letters the tagger does not know ("dayton"), not a day or a month, nor a short slang word ("rn"). */
function unknownName(word: string): boolean {
  return /^\p{L}{3,}$/u.test(word) && wordLexicon().tags(word.toLowerCase()) === undefined && !MONTH_OR_DAY.test(word);
}

/**
 * "a hardware store in dayton for 40 yrs", "from fresno rn": the words right after a word that places (`links`) that
 * the tagger does not know, up to the end of the clause, each with the word that places it. `words`: the note's words
 * without marks; `ends`: the indexes of words a mark ends.
 */
export function unlistedPlaces(words: readonly string[], ends: ReadonlySet<number>, links: RegExp): Array<{ link: string; place: string }> {
  const found: Array<{ link: string; place: string }> = [];
  for (const [at, word] of words.entries()) {
    if (ends.has(at) || !links.test(word)) continue;
    const name: string[] = [];
    for (let next = at + 1; next < words.length && name.length < NAME_WORDS && unknownName(words[next]); next++) {
      name.push(words[next]);
      if (ends.has(next)) break;
    }
    if (name.length > 0) found.push({ link: word.toLowerCase(), place: name.join(' ') });
  }
  return found;
}
