import { contentList } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { wordsAt } from '../../personalization/memory/clauses';
import type { ProfileChange } from '../../profile/profileChanges';
import type { Note } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';

/**
 * "wait no sorry, the coach is Dora, Dana is our keeper" after "coach is Dana": a take-back whose first clause says a
 * part of a note again with one name in place of another sets that note right; the clauses after it are kept as
 * told. Undefined when no note part is said again so.
 */
export function noteSetRight(text: string, notes: readonly Note[], at: string, deps: TurnDependencies): ProfileChange[] | undefined {
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(text, lexicon.contractedIs);
  const skipped = new Set(contentList(deps.content, 'memoryNoteSetRightSkips').map((word) => word.toLowerCase()));
  let start = 0;
  for (let moved = true; moved; ) {
    moved = false;
    while (start < tokens.length && (lexicon.fillers.has(tokens[start].norm) || isPunctuation(tokens[start]) || skipped.has(tokens[start].norm))) {
      start++;
      moved = true;
    }
    const opener = lexicon.correctionOpeners.find((phrase) => wordsAt(tokens, phrase, start));
    if (opener) {
      start += opener.length;
      moved = true;
    }
  }
  const clauses = splitClauses(tokens.slice(start), skipped);
  const first = clauses[0];
  if (!first) return undefined;
  for (const note of [...notes].reverse()) {
    const parts = note.text.split(/\s*[,;]\s*/);
    for (const [index, part] of parts.entries()) {
      if (!sameButOneName(tokenize(part, lexicon.contractedIs).filter((token) => !isPunctuation(token)), first)) continue;
      const to = parts.map((one, at) => (at === index ? first.map((token) => token.raw).join(' ') : one)).join(', ');
      return [{ type: 'rewriteNote', text: note.text, to }, ...clauses.slice(1).map((clause): ProfileChange => ({ type: 'rememberNote', text: clause.map((token) => token.raw).join(' '), at }))];
    }
  }
  return undefined;
}

/** A message's clauses between commas and semicolons, without the words that only say no, laugh or soften (`skipped`). */
function splitClauses(tokens: readonly Token[], skipped: ReadonlySet<string>): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokens) {
    if ([',', ';', '.', '!'].includes(token.norm)) clauses.push([]);
    else if (!isPunctuation(token)) clauses[clauses.length - 1].push(token);
  }
  return clauses.map((clause) => clause.filter((token) => !skipped.has(token.norm))).filter((clause) => clause.length > 1);
}

/** Whether two clauses say the same words but for one name, in a capital in both ("coach is Dana" / "coach is Dora"). */
function sameButOneName(said: readonly Token[], again: readonly Token[]): boolean {
  if (said.length !== again.length || said.length < 2) return false;
  const differ = said.flatMap((token, at) => (token.norm === again[at].norm ? [] : [at]));
  return differ.length === 1 && /^\p{Lu}/u.test(said[differ[0]].raw) && /^\p{Lu}/u.test(again[differ[0]].raw);
}
