// Reads a later count of the same thing: "18.4k subs" then, in a later message, "we hit 20k subs this morning".

/** A figure and the word said right after it ("18.4k subs", "1,250 supporters", "£640 each"). */
const FIGURE_THEN_WORD = /(?<![\p{L}\p{N}.,])(\p{Sc}?\d+(?:[.,]\d+)*k?)\s+(\p{L}+)/giu;

/** A figure said whole, without its sign, separators or "k" ("1,250" → 1250, "18.4k" → 18400). */
function valueOf(figure: string): number {
  const bare = figure.replace(/\p{Sc}/gu, '').replace(/,(?=\d{3})/g, '');
  return /k$/i.test(bare) ? Number(bare.slice(0, -1)) * 1000 : Number(bare);
}

/**
 * The noun a figure answered counts, said right after it where it was told ("6 *galleries* behind" for "6"),
 * lower case, when `isCountNoun` takes it; undefined when the figure is said with no such noun.
 */
export function countedNoun(text: string, figure: string, isCountNoun: (word: string) => boolean): string | undefined {
  const wanted = valueOf(figure.split(/\s+/)[0]);
  const found = [...text.matchAll(FIGURE_THEN_WORD)].find((one) => valueOf(one[1]) === wanted);
  const noun = found?.[2].toLowerCase();
  return noun !== undefined && isCountNoun(noun) ? noun : undefined;
}

/**
 * "how many galleries am I behind?" of "6 galleries behind" and, said later, "update: down to 4 galleries behind": of
 * the texts told after (`later`, in the order told), the index of the last that says another figure of the same noun
 * (`same`), as what holds now; -1 when none does.
 */
export function countSaidLater(figure: string, noun: string, later: readonly string[], same: (a: string, b: string) => boolean): number {
  const old = valueOf(figure.split(/\s+/)[0]);
  return later.map((text) => [...text.matchAll(FIGURE_THEN_WORD)].some((one) => same(one[2].toLowerCase(), noun) && valueOf(one[1]) !== old)).lastIndexOf(true);
}
