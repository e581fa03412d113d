import { nameAt, nounSayer, type AskedValueWords, type HoldsContext } from './askedValue';
import { wordLexicon } from '../../nlu/wordLexicon';
import { isPersonNoun } from './categories';
import { isPunctuation, tokenize, type Token } from './tokens';

/** How far apart a word for someone and their name may be said, words between them that link the two counted. */
const MAX_LINK = 4;

/**
 * Whether a text gives the name of the one a question asks it of (`noun`: "mom" of "what's my mom's name?"): a name
 * said beside a word for them with nothing but linking words between ("my mom Rosa", "my mom's name is Rosa", "Rosa,
 * my mom", "mom (Rosa)"), or after a word that stands for them and a naming word ("her name's Rosa"). "your mom watches
 * Minh" names someone else; "Spring Festival" of "see my mom during Spring Festival" is no one's name. `part`: the
 * name picked out; only that one counts.
 */
export function namesAsked(text: string, noun: string, words: AskedValueWords, context: HoldsContext, part?: string): boolean {
  // "CARDIOLOGIST SAID MOVE OR DIE": typed all in capitals, a capital tells no name.
  const all = tokenize(/\p{Ll}/u.test(text) ? text : text.toLowerCase(), words.contractedIs);
  const tokens = all.filter((token) => !isPunctuation(token));
  const says = nounSayer(noun);
  const picked = part === undefined ? undefined : new Set(tokenize(part, words.contractedIs).map((token) => token.norm));
  // A name that is a town's too ("Doris", "Carol") is a name when said so ("the mum is Carol").
  const mayName = (at: number) => nameAt(tokens, at, words, context, false) || (at > 0 && /^\p{Lu}/u.test(tokens[at].raw) && !words.notNames.has(tokens[at].norm));
  const names = tokens.flatMap((token, at) => ((picked === undefined || picked.has(token.norm)) && mayName(at) ? [all.indexOf(token)] : []));
  if (names.length === 0) return false;
  const mentions = all.flatMap((token, at) => (!isPunctuation(token) && says(token.norm) ? [at] : []));
  return names.some((at) => mentions.some((mention) => linked(all, mention, at, words) || calledAfter(all, mention, at, words) || namedInSentence(all, mention, at, words)) || (mentions.length > 0 && namedByPronoun(all, at, words)));
}

/** "my landlord is this guy called Declan", "a bakery in Brighton called Crumb": a name given by a naming word a few words after a word for them. */
function calledAfter(all: readonly Token[], mention: number, name: number, words: AskedValueWords): boolean {
  const naming = name - 1 - (words.namePronouns.has(all[name - 1]?.norm ?? '') ? 1 : 0);
  return naming > mention && words.namingWords.has(all[naming]?.norm ?? '') && all.slice(mention + 1, naming).filter((token) => !isPunctuation(token)).length <= MAX_LINK;
}

/**
 * Whether the words between a word for someone and a name link the two: only words of `memoryNameLinks` (and
 * punctuation) between, at most `MAX_LINK`. A name said right before the word for someone, with nothing between, is
 * a word that describes it ("Health inspector"), not theirs.
 */
function linked(all: readonly Token[], mention: number, name: number, words: AskedValueWords): boolean {
  const between = all.slice(Math.min(mention, name) + 1, Math.max(mention, name));
  // "Solent Sailing School": a word for it typed as a name's is the name's last word.
  if (name < mention && between.length === 0) return /^\p{Lu}/u.test(all[mention].raw);
  // "mama's bday", "my mum's cooking": a word typed small right after "'s" is what is theirs, not their name.
  if (name > mention && between.length === 1 && (between[0].norm === "'s" || between[0].norm === '’s') && !/^\p{Lu}/u.test(all[name].raw)) return false;
  // "the girl is the little one, Elif": words that only describe them ("little", "one") link and are not counted.
  const said = between.filter((token) => !isPunctuation(token) && !describes(token));
  // "my coach is a guy called Dario": a word for someone after "a" may stand between too, and an adverb ("we run a
  // studio together, Ritmo Dance").
  const links = (token: Token, at: number) => words.nameLinks.has(token.norm) || (isPunctuation(token) && words.nameLinks.has(token.raw)) || (ARTICLES.has(between[at - 1]?.norm ?? '') && isPersonNoun(token.norm)) || wordLexicon().tags(token.norm)?.[0] === 'RB';
  return said.length <= MAX_LINK && between.every((token, at) => links(token, at) || describes(token));
}

/** A word that only describes someone: an adjective ("little", "older") or "one" standing for them. */
function describes(token: Token): boolean {
  return token.norm === 'one' || /^JJ/.test(wordLexicon().tags(token.norm)?.[0] ?? '');
}

/**
 * "my roommate is polish girl, name is Kasia": a name said right after a naming phrase ("name is", "called") in the
 * sentence that speaks of someone after the word for them, with no sentence's end between.
 */
function namedInSentence(all: readonly Token[], mention: number, name: number, words: AskedValueWords): boolean {
  if (name <= mention + 2) return false;
  const phrase = all[name - 1]?.norm === 'is' || all[name - 1]?.norm === "'s" ? all[name - 2]?.norm : all[name - 1]?.norm;
  if (phrase !== 'name' && !words.namingWords.has(phrase ?? '')) return false;
  return all.slice(mention + 1, name).every((token) => !SENTENCE_ENDS.has(token.raw));
}

/** Marks that end a sentence. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** Words after which a word for someone is said of them ("a guy called Dario"). */
const ARTICLES = new Set(['a', 'an', 'this', 'that']);

/** "her name is Rosa", "she's called Rosa": a name given after a word that stands for someone and words of naming. */
function namedByPronoun(all: readonly Token[], name: number, words: AskedValueWords): boolean {
  let at = name - 1;
  let naming = false;
  while (at >= 0 && words.nameLinks.has(all[at].norm) && !words.namePronouns.has(all[at].norm)) {
    naming ||= words.namingWords.has(all[at].norm) || all[at].norm === 'name';
    at--;
  }
  return naming && at >= 0 && words.namePronouns.has(all[at].norm);
}
