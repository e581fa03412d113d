import { Culture, recognizeCurrency } from '@microsoft/recognizers-text-suite';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { nearestSpan } from './nearestSpan';

/** The figure a word says ("¥250", "38€", "1,200", "15.99"), its sign of money read away; undefined for a word that says none. */
export function figureOf(word: string): number | undefined {
  const digits = /^\p{Sc}?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\p{Sc}?$/u.exec(word.trim());
  return digits ? Number(digits[1].replace(/,/g, '')) : undefined;
}

/**
 * The nouns of a message, nearest its figure first ("oh *prime* went up, it's ¥300 now"); of two as near, the one said
 * before it, which names what costs it rather than what it is per ("the gym is $45 a month"). `words` as normalized,
 * the figure's among them without its sign.
 */
export function nounsByFigure(words: readonly string[], figure: number, isNoun: (word: string) => boolean): string[] {
  const at = words.findIndex((word) => figureOf(word) === figure);
  if (at < 0) return [];
  const distance = (index: number) => (index < at ? at - index : index - at + 0.5);
  return words
    .map((word, index) => ({ word, index }))
    .filter(({ word, index }) => index !== at && isNoun(word))
    .sort((a, b) => distance(a.index) - distance(b.index))
    .map(({ word }) => word);
}

/**
 * Of the figures a kept text says, the one said nearest the first of the nouns it also says that tells one apart:
 * "youtube premium is 12 a month and prime is ¥250" by "prime" → ¥250. Undefined when it says none of them, or
 * every one it says is as near two figures.
 */
export function figureNamed(text: string, figures: readonly string[], nouns: readonly string[]): string | undefined {
  for (const noun of nouns) {
    const found = nearestSpan(text, figures, [noun], sameStem);
    if (found !== undefined) return found;
  }
  return undefined;
}

function sameStem(a: string, b: string): boolean {
  return a === b || PorterStemmer.stem(a) === PorterStemmer.stem(b);
}

/** Whether a text opens with the name of a currency, as recognizers-text reads one after a figure ("yen", "euros"). */
export function opensWithCurrency(text: string): boolean {
  const word = /^\s+(\p{L}+)/u.exec(text)?.[1];
  return word !== undefined && recognizeCurrency(`1 ${word}`, Culture.English).some((found) => found.text.endsWith(word.toLowerCase()));
}
