import { stem } from './noteWords';
import { toldStems } from './bestNote';
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize } from './tokens';

/** How long a word typed in capitals may be and still be read as the initials of what was told. */
const INITIALS = { least: 2, most: 6 };

/**
 * The question's words with a word typed in capitals that no note says ("how much is the *AOW* course?") read as the
 * words of a note whose initials it spells ("Advanced Open Water"), so the note that says them answers. The words
 * spelled are neither stop words nor said with a capital where the others are not, and the first such run wins.
 */
export function spelledOut(text: string, asked: readonly string[], notes: readonly string[], lexicon: NoteLexicon): string[] {
  const said = toldStems(notes, lexicon);
  const typed = new Set(
    tokenize(text, lexicon.memory.contractedIs)
      .filter((token) => !isPunctuation(token) && token.raw.length >= INITIALS.least && token.raw.length <= INITIALS.most && /^\p{Lu}+$/u.test(token.raw))
      .map((token) => token.norm),
  );
  return asked.flatMap((word) => {
    if (!typed.has(word) || said.has(stem(word, lexicon))) return [word];
    for (const note of notes) {
      const run = initialsRun(note, word, lexicon);
      if (run) return run;
    }
    return [word];
  });
}

/** The words of a note, one after another, whose first letters spell the initials; undefined when none do. */
function initialsRun(note: string, initials: string, lexicon: NoteLexicon): string[] | undefined {
  const words = tokenize(note, lexicon.memory.contractedIs).filter((token) => !isPunctuation(token));
  for (let at = 0; at + initials.length <= words.length; at++) {
    const run = words.slice(at, at + initials.length);
    if (run.some((token, index) => token.norm[0] !== initials[index] || lexicon.stopWords.has(token.norm))) continue;
    const capitals = run.map((token) => /^\p{Lu}/u.test(token.raw));
    if (capitals.every((capital) => capital === capitals[0])) return run.map((token) => token.norm);
  }
  return undefined;
}
