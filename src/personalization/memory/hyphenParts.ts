import { stem } from './noteWords';
import { toldStems } from './bestNote';
import type { NoteLexicon } from './noteLexicon';

/**
 * The question's words with one written with a hyphen that no note says ("who's my *co-coach*?") read as its parts
 * when the notes say each of them ("my co coach is Raj"): a compound is written joined by a hyphen or apart alike.
 */
export function hyphenParts(asked: readonly string[], notes: readonly string[], lexicon: NoteLexicon): string[] {
  const said = toldStems(notes, lexicon);
  return asked.flatMap((word) => {
    const parts = word.split(/[-‐–]/u).filter((part) => part !== '');
    if (parts.length < 2 || said.has(stem(word, lexicon))) return [word];
    return parts.every((part) => said.has(stem(part, lexicon))) ? parts : [word];
  });
}
