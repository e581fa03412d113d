/**
 * The value a note gives right beside the noun a question asks by, as people write it in a label's way:
 * "Allergic: shellfish", "Cats x2: Knedlík, Pivo", "twins (Rosie & Finn, 2)", "kids: 2, arjun 7, kavya 4" after it,
 * "Accra office" before it. The short answer, not the whole note.
 */

/** Words, numbers and single marks, as typed. */
const TOKEN = /[\p{L}\p{N}\p{M}][\p{L}\p{N}\p{M}'’&.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}\p{M}]|&|[^\s\p{L}\p{N}\p{M}]/gu;
/** What marks the value after a label ("Allergy: latex", "Cats (2)", "Role - QA"). */
const LABEL_MARKS = new Set([':', '(', '-', '—', '–', '=']);
/** What ends the value said after a label. */
const VALUE_ENDS = new Set([')', ';', '|', '.', '!', '?']);
/** A count said beside a noun ("x2", "2", "3x"). */
const COUNT = /^(x?\d+|\d+x)$/i;
/** Words that join names ("Rosie & Finn", "Elsa and Vilmer"). */
const NAME_JOINS = new Set(['&', 'and', ',', '+']);
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);

export interface LabelSpanContext {
  /** Whether a word is one the question asks by, or one its kind is said with ("allergy", "allergic"). */
  asks(word: string): boolean;
  /** The kind holds names: only the names after the noun are its value ("Rosie & Finn", not ", 2"). */
  names: boolean;
  /** Whether a word written in lower case is a word of the language (no name). */
  isCommonWord(word: string): boolean;
  /** The question is asked as a label ("Office?"): the name written right before its noun may answer ("Accra office"). */
  before?: boolean;
}

export function labelSpan(text: string, context: LabelSpanContext): string | undefined {
  const tokens = text.match(TOKEN) ?? [];
  for (const [at, token] of tokens.entries()) {
    if (!isWord(token) || !context.asks(token)) continue;
    const after = valueAfter(tokens, at + 1, context);
    if (after) return after;
    const before = context.before === true ? valueBefore(tokens, at) : undefined;
    if (before && !context.asks(before)) return before;
  }
  return undefined;
}

/** The value after a label's mark ("Allergic: shellfish"), or the names after a noun of people or pets and a comma. */
function valueAfter(tokens: readonly string[], from: number, context: LabelSpanContext): string | undefined {
  let at = from;
  if (COUNT.test(tokens[at] ?? '')) at++;
  const mark = tokens[at];
  if (mark === undefined || !(LABEL_MARKS.has(mark) || (context.names && mark === ','))) return undefined;
  at++;
  // "kids: 2, arjun 7, kavya 4": the count said first is no value.
  if (COUNT.test(tokens[at] ?? '') && [',', '('].includes(tokens[at + 1] ?? '')) at += 2;
  const value: string[] = [];
  for (; at < tokens.length && !VALUE_ENDS.has(tokens[at]) && tokens[at + 1] !== ':'; at++) {
    const word = tokens[at];
    if (!context.names) value.push(word);
    else if (COUNT.test(word) || word === '(') continue;
    else if (NAME_JOINS.has(word.toLowerCase())) value.push(word);
    else if (/^\p{Lu}/u.test(word) || !context.isCommonWord(word.toLowerCase())) value.push(word);
    else break;
  }
  while (value.length > 0 && (NAME_JOINS.has(value[value.length - 1].toLowerCase()) || !isWord(value[value.length - 1]))) value.pop();
  if (!value.some(isWord) || (context.names && !value.some((word) => isWord(word) && !NAME_JOINS.has(word.toLowerCase())))) return undefined;
  return value.join(' ').replace(/\s+([,;:])/g, '$1');
}

/** "Accra office": the name written right before the noun asked by, when the noun ends what is said. */
function valueBefore(tokens: readonly string[], at: number): string | undefined {
  const next = tokens[at + 1];
  if (next !== undefined && isWord(next)) return undefined;
  const before = tokens[at - 1];
  return before !== undefined && at > 1 && /^\p{Lu}/u.test(before) && isWord(tokens[at - 2] ?? '') ? before : undefined;
}
