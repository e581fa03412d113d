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
 * The word a question that asks what a thing is names the thing by, the last of the thing's words said after its "is"
 * ("rig" of "which radio is my main rig?", "trip" of "where's my next birding trip?"). Undefined when it asks
 * something else of the thing: what it is with or at ("which company is the builder *with*?"), what was done ("what
 * did Lindiwe *win*?", no "is" at all).
 */
export function thingAskedIs(question: string, anchors: readonly string[], words: SaidToBeWords): string | undefined {
  const tokens = tokenize(question, words.contractedIs).filter((token) => !isPunctuation(token) && token.norm !== '');
  const anchor = (word: string) => anchors.some((one) => words.same(one, word));
  const copula = tokens.findIndex((token) => words.copulas.has(token.norm));
  if (copula < 0) return undefined;
  const after = tokens.slice(copula + 1);
  const saysMore = (word: string) => {
    const first = words.tags(word)?.[0] ?? '';
    return JOINING_TAGS.has(first) || first.startsWith('VB');
  };
  if (after.some((token) => !anchor(token.norm) && !words.openers.has(token.norm) && saysMore(token.norm))) return undefined;
  return [...after].reverse().find((token) => anchor(token.norm))?.norm;
}

/** Tags of words that say a thing is where or with something, not what it is ("with", "at", "to", "and"). */
const JOINING_TAGS = new Set(['IN', 'TO', 'CC']);

/**
 * "which radio is my main rig?" of "main rig is a yaesu ft-991a, got it used for $950": what the note says the thing
 * the question names is, when the words said right before "is" are all the question's own and end with the word it
 * names the thing by, `head` (`thingAskedIs`: "main rig", "my next trip" of "my next birding trip"; not "outside" of
 * "the outside decoration"), up to a comma or a word that ends it ("Lesvos *in* April"). Not "my kitchen is being
 * redone", which says what is done, not what it is. Undefined when the note says no such thing, or two.
 */
/** `fits`: whether what is said may answer (a place asked for is no day: "my sessions are thursdays in chelmsford"). */
export function saidToBe(text: string, anchors: readonly string[], head: string, words: SaidToBeWords, fits: (said: string) => boolean = () => true): string | undefined {
  const tokens = tokenize(text, words.contractedIs);
  const anchor = (word: string) => anchors.some((one) => words.same(one, word));
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!words.copulas.has(token.norm) || at === 0 || !words.same(head, tokens[at - 1].norm) || !anchor(tokens[at - 1].norm)) continue;
    let start = at - 1;
    while (start > 0 && anchor(tokens[start - 1].norm)) start--;
    const opens = start === 0 || isPunctuation(tokens[start - 1]) || words.openers.has(tokens[start - 1].norm);
    if (!opens) continue;
    let end = at + 1;
    while (end < tokens.length && end - at <= MAX_WORDS && !isPunctuation(tokens[end]) && !words.runEnds.has(tokens[end].norm) && tokens[end].raw !== '') end++;
    const said = tokens.slice(at + 1, end);
    const first = said.find((one) => !ARTICLES.has(one.norm));
    if (!first || end - at > MAX_WORDS || (words.tags(first.norm)?.[0] ?? '').startsWith('VB')) continue;
    // "Rocco is mine, a cane corso": a pronoun alone says whose the thing is, or who, not what it is.
    if (said.length === 1 && (words.tags(first.norm) ?? []).some((tag) => tag.startsWith('PRP'))) continue;
    const typed = said.map((one) => one.raw).join(' ');
    if (fits(typed)) found.add(typed);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

const ARTICLES = new Set(['a', 'an', 'the']);
