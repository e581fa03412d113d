// Reads what a person said came before the thing a question measures from ("what did I do before the trams?").
import { saysPhrase, wordsAt } from './clauses';
import { tokenize, typedText } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import type { NoteText } from './noteWords';

/** Whether a question asks what came before something it names, or before now ("… before the trams?", "what did I do previously?"). */
export function asksEarlier(text: string, lexicon: NoteLexicon): boolean {
  return saysPhrase(tokenize(text, lexicon.memory.contractedIs), lexicon.asksEarlier);
}

/**
 * "what did I do before the trams?" of "been driving trams for 6 yrs" and then "before that I was a hairdresser":
 * the note found by the question's words names what it measures from, and what came before is said after it, marked
 * as earlier (`memoryEarlierMarks`): in the same message, else in the very next note. A note found that marks an
 * earlier time itself answers with its part from the mark on ("I'm a nurse now, used to teach"). Undefined when
 * nothing is said as earlier, so the note found answers as before.
 */
export function earlierSaid<T extends NoteText>(found: { note: T; text: string; score: number }, notes: readonly T[], lexicon: NoteLexicon): { note: T; text: string; score: number } | undefined {
  const contracted = lexicon.memory.contractedIs;
  const markAt = (text: string) => {
    const tokens = tokenize(text, contracted);
    const at = tokens.findIndex((_, index) => lexicon.earlierMarks.some((mark) => mark.length > 0 && wordsAt(tokens, mark, index)));
    return { tokens, at };
  };
  const own = markAt(found.note.text);
  if (own.at >= 0) return saysPhrase(tokenize(found.text, contracted), lexicon.earlierMarks) || own.at === 0 ? undefined : { ...found, text: typedText(own.tokens.slice(own.at)) };
  const at = notes.indexOf(found.note);
  if (at < 0) return undefined;
  const later = notes.slice(at + 1);
  const marks = (note: T) => markAt(note.text).at >= 0;
  const beside = found.note.learnedAt === undefined ? undefined : later.find((note) => note.learnedAt === found.note.learnedAt && marks(note));
  const next = beside ?? (later[0] !== undefined && marks(later[0]) ? later[0] : undefined);
  return next ? { note: next, text: next.text, score: found.score } : undefined;
}
