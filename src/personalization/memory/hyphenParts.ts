import { stem } from './noteWords';
import { toldStems } from './bestNote';
import type { NoteLexicon } from './noteLexicon';

/**
 * The question's words with one written with a hyphen that no note says ("who's my *co-coach*?") read as its parts
 * when the notes say each of them ("my co coach is Raj"): a compound is written joined by a hyphen or apart alike.
 * One opening with a prefix of doing together ("co-driver") that the notes do not say reads as the rest ("driver").
 */
export function hyphenParts(asked: readonly string[], notes: readonly string[], lexicon: NoteLexicon): string[] {
  const said = toldStems(notes, lexicon);
  return asked.flatMap((word) => {
    const parts = word.split(/[-‐–]/u).filter((part) => part !== '');
    if (parts.length < 2 || said.has(stem(word, lexicon))) return [word];
    // "when's the *in-person* class?" of "signed up for in person ASL": a little word of it ("in") is said but never kept.
    const saidPart = (part: string) => said.has(stem(part, lexicon)) || lexicon.stopWords.has(part.toLowerCase());
    if (parts.every(saidPart) && parts.some((part) => !lexicon.stopWords.has(part.toLowerCase()))) return parts;
    // "who's my co-driver?" of "I team drive with Dale": done with someone, a co-driver is a driver all the same.
    return lexicon.jointPrefixes.has(parts[0].toLowerCase()) ? [parts.slice(1).join('-')] : [word];
  });
}
