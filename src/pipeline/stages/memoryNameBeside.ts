import { askedValue, askedValueWords, namedNoun, nounSayer, type AskedValueWords, type HoldsContext } from '../../personalization/memory/askedValue';
import { memoryLexicon, type MemoryLexicon } from '../../personalization/memory/factKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import { namesAnother } from './memoryUnheld';
import { sameKindWords } from '../../personalization/memory/sameKindWords';
import { namesAsked } from '../../personalization/memory/nameOfAsked';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import type { Note } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "what did we name the pup?" of "we got a border collie pup, named her skipper", "what's the youngest grandbaby
 * called?" of "4 grandkids, the youngest, ruby", "what's my bird called?" of "my budgie Pip": a name asked of someone
 * or an animal by a noun, which no kept fact answers, given in a note beside that noun or one that means the same (the
 * kind's other words for it: "grandkids"; a sort of it: "budgie" for a bird). The newest note that names one answers;
 * a note that only speaks of them ("the pup chewed my shoe") names no one, and the question stays not told.
 */
export function nameBesideNoun(question: string, nouns: readonly string[], notes: readonly Note[], deps: TurnDependencies): ReplyRequest | undefined {
  const words = askedValueWords(deps.content);
  if (askedValue(question, words) !== 'name') return undefined;
  const lexicon = memoryLexicon(deps.content);
  // Nouns only: not "'s", nor "youngest" of "what's the youngest grandbaby called?" says which one, not who.
  const asked = [...new Set([namedNoun(question, words), ...nouns].filter((noun): noun is string => noun !== undefined && /^\p{L}[\p{L}-]+$/u.test(noun) && !/^JJ/.test(wordLexicon().tags(noun)?.[0] ?? '')))];
  if (asked.length === 0) return undefined;
  const said = tokenize(question, words.contractedIs).map((token) => token.norm);
  const relation = (word: string) => lexicon.nouns.get(word)?.some((entry) => lexicon.people.has(entry.kind)) === true;
  const context: HoldsContext = { findCity: deps.findCity, asked: said, occupations: lexicon.occupations, relation };
  // The notes, newest first.
  const texts = [...new Set([...notes].reverse().map((note) => note.text))];
  // The word asked by first ("pup"), then wider ones ("dog"): the pup is named before any dog, and a pup spoken of
  // but named in words not read as a name is no dog named elsewhere ("his corgi Biscuit").
  for (const says of asked.map((noun) => meaning(noun, lexicon))) {
    const saying = texts.filter((text) => tokenize(text, words.contractedIs).some((token) => says(token.norm)));
    if (saying.length === 0) continue;
    // "We're out on Newfoundland, Gander": a name said as another's, or beside a place, is not the one asked (`namesAnother`).
    const found = saying.map((text) => namesBeside(text, says, said, words, context).filter((name) => !asked.some((noun) => namesAnother(name, text, noun, words, deps)))).find((names) => names.length > 0);
    return found ? { key: 'memory.fromNotePart', values: { part: found.join(' and ') } } : undefined;
  }
  return undefined;
}

/** The names a note gives beside a word it says the noun by: words of one name said together ("mr noodle"), each name once ("oliver and hugo"). */
function namesBeside(text: string, says: (word: string) => boolean, said: readonly string[], words: AskedValueWords, context: HoldsContext): string[] {
  const all = tokenize(text, words.contractedIs);
  const tokens = all.filter((token) => !isPunctuation(token));
  // "the laziest thing alive": a word said after "the" or "a" is no one's name, however little the tagger knows it.
  const determined = new Set(all.flatMap((token, at) => (at > 0 && wordLexicon().tags(all[at - 1].norm)?.[0] === 'DT' ? [token] : [])));
  const mentions = [...new Set(tokens.map((token) => token.norm).filter(says))];
  if (mentions.length === 0) return [];
  const names = tokens.flatMap((token, at) => (!mentions.includes(token.norm) && !said.includes(token.norm) && !determined.has(token) && !words.namePronouns.has(token.norm) && !words.namingWords.has(token.norm) && mentions.some((noun) => namesAsked(text, noun, words, context, token.raw)) ? [at] : []));
  const groups = names.reduce<number[][]>((all, at) => (all.at(-1)?.at(-1) === at - 1 ? [...all.slice(0, -1), [...(all.at(-1) ?? []), at]] : [...all, [at]]), []);
  return [...new Set(groups.map((group) => group.map((at) => tokens[at].raw).join(' ')))];
}

/**
 * Whether a word says a noun: as WordNet relates them, or as a fact kind lists them for the same one ("grandkids" and
 * "grandbaby"), or a sort of the one it lists ("budgie" a bird, not a pup: asked by "pup", a corgi is another dog).
 */
function meaning(noun: string, lexicon: MemoryLexicon): (word: string) => boolean {
  const says = nounSayer(noun);
  const same = new Set(sameKindWords(noun, lexicon));
  const listed = (lexicon.nouns.get(noun) ?? []).map((entry) => ({ kind: entry.kind, detail: entry.noun.detail }));
  return (word) =>
    says(word) ||
    same.has(word) ||
    (lexicon.nouns.get(word) ?? []).some((entry) => listed.some((one) => one.kind === entry.kind && (one.detail === entry.noun.detail || (one.detail === noun && one.detail === entry.noun.parent))));
}
