export interface PlainWordsOptions {
  /** Keep apostrophes inside words ("don't"), with the typographic one unified to `'`. */
  keepApostrophes?: boolean;
  /** Drop accents ("São Paulo" → "sao paulo") and the dots and apostrophes of names ("St. John's" → "st johns"). */
  foldAccents?: boolean;
}

/**
 * A text as the plain lower-case words lookups compare: compatibility forms unified (NFKC), every run of
 * anything but letters and digits one space. The one normalizer for matching typed text against content
 * (topics, examples, command phrases, cities); the intent model has its own (nlu/tokenize.ts), which
 * its cached models depend on.
 */
export function plainWords(text: string, options: PlainWordsOptions = {}): string {
  let plain = text.normalize('NFKC');
  if (options.foldAccents) plain = plain.normalize('NFD').replace(/\p{M}/gu, '').replace(/[.'’]/g, '');
  plain = plain.toLowerCase();
  if (options.keepApostrophes) return plain.replace(/’/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim();
  return plain.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
