import { isPunctuation, tokenize } from './tokens';

/** The words `saidToBe` reads a note by. */
export interface SaidToBeWords {
  contractedIs: ReadonlySet<string>;
  /** Forms of "be" that say what a thing is (`memoryThingCopulas`). */
  copulas: ReadonlySet<string>;
  /** Words that end what it is said to be (`memoryThingRunEnds`: "in", "with", "lol" …). */
  runEnds: ReadonlySet<string>;
  /** Words that may open the thing's phrase before its words ("my", "the"). */
  openers: ReadonlySet<string>;
  same(a: string, b: string): boolean;
  tags(word: string): readonly string[] | undefined;
}

/** Most words of what a thing is said to be. */
const MAX_WORDS = 5;

/**
 * "which radio is my main rig?" of "main rig is a yaesu ft-991a, got it used for $950": what the note says the thing
 * the question names is, when the words said right before "is" are all the question's own ("main rig", "my next
 * trip"), up to a comma or a word that ends it ("Lesvos *in* April"). Not "my kitchen is being redone", which says
 * what is done, not what it is. Undefined when the note says no such thing, or two.
 */
/** `fits`: whether what is said may answer (a place asked for is no day: "my sessions are thursdays in chelmsford"). */
export function saidToBe(text: string, anchors: readonly string[], words: SaidToBeWords, fits: (said: string) => boolean = () => true): string | undefined {
  const tokens = tokenize(text, words.contractedIs);
  const anchor = (word: string) => anchors.some((one) => words.same(one, word));
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!words.copulas.has(token.norm) || at === 0 || !anchor(tokens[at - 1].norm)) continue;
    let start = at - 1;
    while (start > 0 && anchor(tokens[start - 1].norm)) start--;
    const opens = start === 0 || isPunctuation(tokens[start - 1]) || words.openers.has(tokens[start - 1].norm);
    if (!opens) continue;
    let end = at + 1;
    while (end < tokens.length && end - at <= MAX_WORDS && !isPunctuation(tokens[end]) && !words.runEnds.has(tokens[end].norm) && tokens[end].raw !== '') end++;
    const said = tokens.slice(at + 1, end);
    const first = said.find((one) => !ARTICLES.has(one.norm));
    if (!first || end - at > MAX_WORDS || (words.tags(first.norm)?.[0] ?? '').startsWith('VB')) continue;
    const typed = said.map((one) => one.raw).join(' ');
    if (fits(typed)) found.add(typed);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);
