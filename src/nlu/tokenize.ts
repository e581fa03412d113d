import { AggressiveTokenizer } from 'natural/lib/natural/tokenizers';

const tokenizer = new AggressiveTokenizer();
const ASCII = /^[ -~\t\n\r]*$/;

/** Lower-cases, folds accents (the tokenizer only keeps ASCII letters) and unifies apostrophes. */
export function normalizeText(text: string): string {
  // Printable ASCII has no accents to fold: only the backtick of the apostrophes is there to unify.
  if (ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .toLowerCase();
}

export function tokenize(text: string): string[] {
  return tokenizer
    .tokenize(normalizeText(text))
    .map((token) => token.replace(/^['/-]+|['/-]+$/g, ''))
    .filter((token) => token.length > 0);
}

