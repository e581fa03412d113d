import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import { isPersonNoun } from './categories';
import { saysNoun, type AskedValueWords } from './askedValue';
import { isPunctuation, tokenize } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import { sameRoot } from './noteWords';

/** Words said before the thing "what is …?" asks about ("what's *my* favourite food?", "what is *the* rate?"). */
const LEAD_WORDS = new Set(['is', 'are', 'was', 'were', "'s", 'my', 'our', 'the', 'his', 'her', 'their', 'your']);

/**
 * The noun a "what …?" or "which …?" question asks for, last of the words that say it: "food" of "what's Jenna's
 * favorite food?", "rate" of "what's my catan win rate?", "breed" of "which bee breed do I keep?". Undefined when
 * the question says no such noun before its verb or its end, or a general one ("thing", "name", "kind").
 */
export function askedHeadNoun(question: string, words: AskedValueWords, lexicon: NoteLexicon): string | undefined {
  const said = tokenize(question, words.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  let at = said.findIndex((word) => word === 'what' || word === 'which' || word === 'whats');
  if (at < 0) return undefined;
  at++;
  // "what's Jenna's …": whose it is is said before what is asked.
  while (at < said.length && (LEAD_WORDS.has(said[at]) || said[at + 1] === "'s")) at += said[at + 1] === "'s" && !LEAD_WORDS.has(said[at]) ? 2 : 1;
  let head: string | undefined;
  for (; at < said.length && inNounPhrase(said, at, lexicon); at++) if (nounAt(said, at)) head = said[at];
  if (head === undefined) return undefined;
  // "job" is general, yet asks for work, which is read otherwise.
  if (words.workSays.has(head)) return head;
  const general = lexicon.generalNouns.has(head) || words.attributeHeads.has(head) || words.nameWords.has(head);
  return general || nounKinds().kindsOf(head).size === 0 ? undefined : head;
}

/** The tags the lexicon gives a word; a word it does not know is read as a name ("catan"). */
function tagsOf(word: string): readonly string[] {
  return wordLexicon().tags(word) ?? (/^\p{L}+$/u.test(word) ? ['NN'] : []);
}

/** Whether a word is read first as a noun, or may be one before another ("*win* rate"). */
function nounAt(said: readonly string[], at: number): boolean {
  const tags = tagsOf(said[at]);
  return tags[0]?.startsWith('NN') === true || (tags.some((tag) => tag.startsWith('NN')) && tagsOf(said[at + 1] ?? '')[0]?.startsWith('NN') === true);
}

/** Whether a word goes on saying what is asked: a noun or an adjective, no word that only joins or points. */
function inNounPhrase(said: readonly string[], at: number, lexicon: NoteLexicon): boolean {
  return !lexicon.stopWords.has(said[at]) && (nounAt(said, at) || /^JJ/.test(tagsOf(said[at])[0] ?? ''));
}

/**
 * Who a question asks of by name, said as whose without "my" or "the" before it: "leo" of "what was Leo's first
 * word?", "jenna" of "what's Jenna's favorite food?" ("what's my dog's name?" names no one).
 */
export function possessorNamed(question: string, words: AskedValueWords): string | undefined {
  const said = tokenize(question, words.contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  const at = said.findIndex((word, index) => index > 0 && said[index + 1] === "'s" && /^\p{L}+$/u.test(word) && WHOSE_LEADS.has(said[index - 1]));
  return at < 0 || isPersonNoun(said[at]) ? undefined : said[at];
}

/** Words a name said as whose follows in a question ("what's *Leo*'s …", "what is *Kai*'s …"). */
const WHOSE_LEADS = new Set(['what', 'whats', 'which', 'is', 'was', "'s", 'are', 'were']);

/**
 * Whether a text may hold what a noun asks for: it says the noun or a kind of it ("coffee" for "drink"), or a word
 * WordNet does not know, which may name anything ("Radiohead" for "band"). Words of the question say no value.
 */
export function mayHoldNoun(text: string, noun: string, asked: readonly string[], words: AskedValueWords): boolean {
  if (saysNoun(text, noun, words)) return true;
  const said = tokenize(text, words.contractedIs).filter((token) => !isPunctuation(token));
  return said.some((token) => /^\p{L}{3,}$/u.test(token.norm) && !asked.includes(token.norm) && !words.fillers.has(token.norm) && wordLexicon().tags(token.norm) === undefined && nounKinds().kindsOf(token.norm).size === 0);
}

/** Words said before one of the things offered ("a Honda or *a* Ford"). */
const ARTICLES = new Set(['a', 'an', 'the', 'my', 'our']);

/**
 * The things a question offers to choose from ("buckfast" and "native black bees" of "which bee breed do I keep,
 * buckfast or native black bees?"): after its last comma, or the word before "or", and all said after "or".
 */
export function alternativesAsked(question: string, words: AskedValueWords): string[][] {
  const tokens = tokenize(question, words.contractedIs);
  const or = tokens.findIndex((token) => token.norm === 'or');
  if (or < 1) return [];
  const comma = tokens.slice(0, or).map((token) => token.norm).lastIndexOf(',');
  const plain = (from: typeof tokens) => from.filter((token) => !isPunctuation(token) && !ARTICLES.has(token.norm)).map((token) => token.norm);
  const before = plain(comma >= 0 ? tokens.slice(comma + 1, or) : tokens.slice(or - 1, or));
  const after = plain(tokens.slice(or + 1));
  return before.length > 0 && after.length > 0 ? [before, after] : [];
}

/** Whether a text says one of the things offered, every word of it ("buckfasts" says "buckfast"). */
export function saysAlternative(text: string, alternatives: readonly (readonly string[])[], words: AskedValueWords): boolean {
  const said = tokenize(text, words.contractedIs).map((token) => token.norm);
  return alternatives.some((one) => one.every((word) => said.some((other) => sameRoot(other, word))));
}
