import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';

/** The noun of a named kind at `at` ("dogs" → pet/dog, "guinea pig"), with its length in tokens. */
export function nounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  for (const { kind, noun } of lexicon.nouns.get(tokens[at].norm) ?? []) {
    const { words, detail, general } = noun;
    if (at + words.length > tokens.length) continue;
    const matches = words.length === 1 || words.every((word, i) => tokens[at + i].norm === word || (i === words.length - 1 && tokens[at + i].norm === `${word}s`));
    if (matches) return { kind, detail, general, length: words.length };
  }
  return undefined;
}

