import { skipFillers, type Clause } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { isPunctuation, type Token } from './tokens';

/** The speaker as the subject right after a question word: "what *I* can't stand", "when *we* moved". */
const SPEAKERS = new Set(['i', 'we']);
/** Verbs that say what the part before them is ("what I can't stand *is* golf"). */
const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** How a clause opened by a question word tells: the words it tells (the speaker first), or none beyond the clause itself. */
export interface ToldByQuestionWord {
  /** What the clause says of the speaker, read as a statement ("I can't stand golf", "Bev and I sold the house"); empty when only the clause tells. */
  said: Token[];
}

/**
 * A clause opened by a question word that tells rather than asks: it is not asked (no "?"), the speaker follows
 * the word without the inversion a question has ("what I can't stand is golf", not "what can't I stand?"), and
 * it goes on past that part: to a verb that says what the part is (a cleft, "… is golf"), to a second subject
 * ("when I retired Bev and I sold the house"), or to another clause of the message ("When I retired, we moved").
 * "what i do for work" alone is still asked, question mark or not.
 */
export function toldByQuestionWord(clause: Clause, next: Clause | undefined, lexicon: MemoryLexicon): ToldByQuestionWord | undefined {
  if (clause.asked) return undefined;
  const tokens = clause.tokens;
  const start = skipFillers(tokens, 0, lexicon.fillers);
  const opener = tokens[start]?.norm;
  if (opener === undefined || !lexicon.questionStarts.some((words) => words.length === 1 && words[0] === opener)) return undefined;
  const subject = skipFillers(tokens, start + 1, lexicon.fillers);
  if (!SPEAKERS.has(tokens[subject]?.norm ?? '')) return undefined;
  // "What I cannot stand is golf": the speaker's verb, then what it is about.
  const copula = tokens.findIndex((token, at) => at > subject + 1 && COPULAS.has(token.norm));
  if (copula > 0 && tokens.slice(copula + 1).some((token) => !isPunctuation(token))) return { said: [...tokens.slice(subject, copula), ...tokens.slice(copula + 1)] };
  // "When I retired Bev and I sold the house": the second subject opens what is told; someone named with "and" before it shares it.
  const second = tokens.findIndex((token, at) => at > subject + 1 && SPEAKERS.has(token.norm));
  if (second > 0) {
    const joined = tokens[second - 1]?.norm === 'and' && second - 2 > subject + 1 ? second - 2 : second;
    return { said: tokens.slice(joined) };
  }
  return next !== undefined && !next.asked ? { said: [] } : undefined;
}
