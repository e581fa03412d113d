import type { MemoryLexicon } from './factKinds';

const cache = new WeakMap<MemoryLexicon, Map<string, string[]>>();

/**
 * The words a fact kind lists for the same one as a noun ("grandad", "abuelo", "gramps" for "grandpa"; "grandkids"
 * for "grandbaby"), and for the nouns `memorySameNouns` makes one with it ("grandfather"). A noun no list has has none.
 */
export function sameKindWords(noun: string, lexicon: MemoryLexicon): readonly string[] {
  let byDetail = cache.get(lexicon);
  if (!byDetail) {
    byDetail = new Map();
    for (const [word, entries] of lexicon.nouns) {
      for (const { kind, noun: listed } of entries) {
        const key = `${kind}:${listed.detail}`;
        byDetail.set(key, [...(byDetail.get(key) ?? []), listed.words.length > 1 ? listed.words.join(' ') : word]);
      }
    }
    cache.set(lexicon, byDetail);
  }
  // "grandfather" and "grandpa" (`memorySameNouns`) are one, each with the words kept for it.
  const head = lexicon.sameNouns.get(noun);
  const same = [noun, ...[...lexicon.sameNouns].flatMap(([word, group]) => (head !== undefined && group === head ? [word] : []))];
  const details = same.flatMap((one) => (lexicon.nouns.get(one) ?? []).map((entry) => `${entry.kind}:${entry.noun.detail}`));
  const own = [...lexicon.kinds.keys()].flatMap((kind) => same.map((one) => `${kind}:${one}`));
  return [...new Set([...same, ...[...details, ...own].flatMap((key) => byDetail?.get(key) ?? [])])].filter((word) => word !== noun);
}
