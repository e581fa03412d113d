import type { MemoryLexicon } from './factKinds';
import { matchWords, skipFillers } from './clauses';
import { nounAt } from './kindNouns';
import { isPunctuation, typedText, type Token } from './tokens';

/**
 * One value set right: "correction: Salford, not Manchester", "it's Jessica, not Jess", "not Octavia, Fabia",
 * "Fabia instead of Octavia". Read without the profile; the turn applies it only when `not` names something
 * kept, so "I'm not vegan" or "red, not blue" said of nothing kept change nothing.
 */
export interface SetRight {
  value: string;
  not: string;
}

/** Most words of either side: a value, not a sentence. */
const MAX_SIDE_WORDS = 4;
/** Words that open what is set right and say nothing of it ("*it's* Jessica", "*the* Fabia"). */
const POINTERS = [['it', 'is'], ['it', 'was'], ['that', 'is'], ['its'], ['the'], ['a'], ['an'], ['my']];
/** Tags of words that make a side a statement, not a value: pronouns, verbs, modals ("I'm not vegan"). */
const STATEMENT_TAGS = /^(PRP|PRP\$|VB|VBD|VBP|VBZ|VBN|MD|WP|WRB|WDT)$/;

/**
 * The message, whole, as one value said in place of another. `tags` gives a word's part-of-speech tags
 * (natural's lexicon); the sides may hold only words that can be names or nouns.
 */
export function readSetRight(tokens: readonly Token[], lexicon: MemoryLexicon, tags: (word: string) => readonly string[] | undefined): SetRight | undefined {
  let words = tokens.filter((token, i) => !(isPunctuation(token) && i === tokens.length - 1) && token.norm !== '!');
  words = withoutLead(words, lexicon);
  if (words.length < 3) return undefined;
  const not = words.findIndex((token) => token.norm === 'not');
  const instead = words.findIndex((token, i) => token.norm === 'instead' && words[i + 1]?.norm === 'of');
  if (not >= 0 && instead < 0) {
    // "Salford, not Manchester" or "not Manchester, Salford".
    if (not === 0) {
      const comma = words.findIndex((token) => token.norm === ',');
      return comma > 1 ? sides(words.slice(comma + 1), words.slice(1, comma), lexicon, tags) : undefined;
    }
    const before = words.slice(0, not);
    return sides(before.at(-1)?.norm === ',' ? before.slice(0, -1) : before, words.slice(not + 1), lexicon, tags);
  }
  if (instead > 0 && not < 0) return sides(words.slice(0, instead), words.slice(instead + 2), lexicon, tags);
  return undefined;
}

/** The message past a retraction ("correction:", "sorry, I meant"), fillers and words that only point ("it's"). */
function withoutLead(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  let at = 0;
  for (let moved = true; moved && at < tokens.length; ) {
    moved = false;
    if ([',', ':', '-', '—'].includes(tokens[at].norm) || lexicon.fillers.has(tokens[at].norm)) {
      at++;
      moved = true;
      continue;
    }
    // "correction: son is Emil, not Elias": a noun of a kind that holds names, and "is", point as "my son is" does.
    const noun = nounAt(tokens, at, lexicon);
    if (noun && tokens[at + noun.length]?.norm === 'is') {
      at += noun.length + 1;
      moved = true;
      continue;
    }
    for (const phrase of [...lexicon.retractions, ...POINTERS]) {
      const end = matchWords(tokens, at, phrase, new Set());
      if (end > at) {
        at = end;
        moved = true;
        break;
      }
    }
  }
  return tokens.slice(at);
}

function sides(value: readonly Token[], not: readonly Token[], lexicon: MemoryLexicon, tags: (word: string) => readonly string[] | undefined): SetRight | undefined {
  const said = withoutLead([...value], lexicon);
  const wrong = withoutLead([...not], lexicon);
  const valueLike = (side: readonly Token[]) => side.length > 0 && side.length <= MAX_SIDE_WORDS && side.every((token) => /^[\p{L}\p{N}][\p{L}\p{N}'.-]*$/u.test(token.raw) && !(tags(token.norm) ?? []).some((tag) => STATEMENT_TAGS.test(tag)));
  if (!valueLike(said) || !valueLike(wrong)) return undefined;
  return { value: typedText(said), not: typedText(wrong) };
}

/**
 * Whether the message is only a take-back ("scratch that", "correction!", "no wait"), with nothing after it
 * to set right: only then does all that was told last go.
 */
export function onlyRetraction(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  return withoutLead([...tokens], lexicon).every((token) => isPunctuation(token) || lexicon.fillers.has(token.norm));
}

/**
 * Where a clause's opening word that may set right what was just said ends (`memorySetRightOpeners`: "sorry,",
 * "actually", "no,"), unless the clause adds to it ("actually I speak French too", `memoryAdditions`).
 */
export function setRightOpener(tokens: readonly Token[], lexicon: MemoryLexicon): number | undefined {
  const end = lexicon.setRightOpeners.map((words) => matchWords(tokens, 0, words, new Set())).find((at) => at > 0);
  if (end === undefined) return undefined;
  const adds = lexicon.additions.some((words) => tokens.some((_, at) => at >= end && words.every((word, i) => tokens[at + i]?.norm === word)));
  return adds ? undefined : end;
}

/**
 * Where what a clause says ends when it closes with a word that sets right what was just said, after a comma
 * ("Four, actually!"), or when that word is all the clause after it says; undefined when it does not close so.
 */
export function setRightCloser(tokens: readonly Token[], next: readonly Token[] | undefined, lexicon: MemoryLexicon): number | undefined {
  const closes = (token: Token | undefined) => lexicon.setRightOpeners.some((words) => words.length === 1 && words[0] === token?.norm);
  const nextWords = (next ?? []).filter((token) => !isPunctuation(token));
  if (nextWords.length === 1 && closes(nextWords[0])) return tokens.length;
  let end = tokens.length;
  while (end > 0 && isPunctuation(tokens[end - 1]) && tokens[end - 1].norm !== ',') end--;
  return closes(tokens[end - 1]) && end > 2 && tokens[end - 2].norm === ',' ? end - 2 : undefined;
}

/** Words after the opener that point at the value set right ("no, *it's* blue"). */
const POINTED = [['it', 'is'], ['it', 'was'], ['its'], ['that', 'is']];

/**
 * Where the opening of a message that may set right what the message before told ends ("hmm no,", "well,";
 * `memoryCorrectionOpeners`), and whether "it's" points at a value after it; undefined when it does not open so
 * or adds to what was told ("well, I also play bass", `memoryAdditions`).
 */
export function correctionOpener(tokens: readonly Token[], lexicon: MemoryLexicon): { end: number; pointed: boolean } | undefined {
  const end = lexicon.correctionOpeners.map((words) => matchWords(tokens, 0, words, lexicon.fillers)).find((at) => at > 0);
  if (end === undefined) return undefined;
  if (lexicon.additions.some((words) => tokens.some((_, at) => at >= end && words.every((word, i) => tokens[at + i]?.norm === word)))) return undefined;
  const from = skipFillers(tokens, end, lexicon.fillers);
  return { end: from, pointed: POINTED.some((words) => words.every((word, i) => tokens[from + i]?.norm === word)) };
}

/**
 * "Correction — the appointment had to move to 21 November", "wait no, Mike dropped out": what a take-back goes on to
 * say, typed as it was, past the take-back itself, the words that set right ("sorry,", "actually") and fillers;
 * empty when it says nothing more.
 */
export function toldAfterRetraction(tokens: readonly Token[], lexicon: MemoryLexicon): string {
  let at = 0;
  for (let moved = true; moved && at < tokens.length; ) {
    moved = false;
    // "Correction — …", "wait no, …": a dash is read as a comma.
    const next = skipFillers(tokens, at, lexicon.fillers);
    if (next > at || tokens[at].norm === ':') {
      at = Math.max(next, at + 1);
      moved = true;
      continue;
    }
    for (const phrase of [...lexicon.retractions, ...lexicon.setRightOpeners]) {
      const end = matchWords(tokens, at, phrase, new Set());
      if (end > at) {
        at = end;
        moved = true;
        break;
      }
    }
  }
  return typedText(tokens.slice(at));
}
