import { memoryLexicon } from '../../personalization/memory/factKinds';
import { wordsAt } from '../../personalization/memory/clauses';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { isPersonNoun } from '../../personalization/memory/categories';
import { MONTH_OR_DAY } from '../../personalization/memory/noteWords';
import { nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Turn, TurnDependencies } from '../turn';
import { namedOnes } from './memoryWho';

/** Pronouns a forget request may point with at someone or some animal named just before ("forget him"). */
const STANDS_FOR = new Set(['him', 'her', 'them']);
/** Words that open what is named: "the betta", "my ex", "our old cat". */
const OPENERS = new Set(['the', 'my', 'our']);
/** How far after such a word the noun may come ("my very old tortoise"). */
const NOUN_WITHIN = 3;
/** How many messages back a pronoun may reach for what it stands for. */
const LOOK_BACK = 3;
const SKIP_AFTER_VERB = new Set(['about', 'all']);

/**
 * "the betta died last week, rip. forget him", "I'm seeing someone new, her name's Carla" … "forget about her": a
 * forget request whose object is only a pronoun is about the one named last before it, in the message or in the
 * few before. Returns the message with the pronoun replaced ("forget the betta"), or undefined when the message
 * is no such request or nothing named stands before it.
 */
export function pronounForgotten(turn: Turn, deps: TurnDependencies): string | undefined {
  if (!turn.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => STANDS_FOR.has(word))) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(turn.text, lexicon.contractedIs);
  const at = pronounAfterForget(tokens, lexicon.forgetVerbs);
  // "ex = Jonas but delete that, forget him": what the message itself tells is taken back as it is.
  if (at === undefined || deps.readMemory(turn.text).facts.length > 0) return undefined;
  const names = new Set(namedOnes(turn.loaded.profile, deps).map((one) => one.name.toLowerCase()));
  const before = turn.loaded.profile.memory.turns.slice(-LOOK_BACK).map((said) => said.text).reverse();
  const isPlace = (word: string) => { const city = deps.findCity(word); return city !== undefined && city.typo !== true; };
  const here = lastNamed(tokens.slice(0, at.verb), names, isPlace, lexicon.nouns);
  const named = here ?? before.map((said) => lastNamed(tokenize(said, lexicon.contractedIs), names, isPlace, lexicon.nouns)).find((found) => found !== undefined);
  if (named === undefined) return undefined;
  const pronoun = tokens[at.pronoun];
  return turn.text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${pronoun.raw || pronoun.norm}(?![\\p{L}\\p{N}])`, 'iu'), named);
}

/** Where a forget verb and the pronoun that is all it names stand ("forget him", "forget about her, too sad"). */
function pronounAfterForget(tokens: readonly Token[], verbs: readonly string[][]): { verb: number; pronoun: number } | undefined {
  for (let verb = 0; verb < tokens.length; verb++) {
    const phrase = verbs.find((words) => wordsAt(tokens, words, verb));
    if (!phrase) continue;
    let at = verb + phrase.length;
    while (SKIP_AFTER_VERB.has(tokens[at]?.norm ?? '')) at++;
    const next = tokens[at + 1];
    if (STANDS_FOR.has(tokens[at]?.norm ?? '') && (next === undefined || isPunctuation(next))) return { verb, pronoun: at };
  }
  return undefined;
}

/** The one named last: a name told before or written with a capital inside a sentence (not a place), or "the/my" and a noun for someone or an animal. */
function lastNamed(tokens: readonly Token[], names: ReadonlySet<string>, isPlace: (word: string) => boolean, kindNouns: ReadonlyMap<string, unknown>): string | undefined {
  let found: string | undefined;
  for (const [at, token] of tokens.entries()) {
    const opensSentence = at === 0 || ['.', '!', '?'].includes(tokens[at - 1]?.norm ?? '');
    if (names.has(token.norm) || (!opensSentence && /^\p{Lu}\p{Ll}+$/u.test(token.raw) && token.norm !== 'i' && !isPlace(token.raw) && !MONTH_OR_DAY.test(token.norm))) found = token.raw || token.norm;
    if (!OPENERS.has(token.norm)) continue;
    const end = tokens.slice(at + 1, at + 1 + NOUN_WITHIN).findIndex((word) => isPunctuation(word) || namesSomeone(word.norm, kindNouns));
    if (end >= 0 && !isPunctuation(tokens[at + 1 + end])) found = tokens.slice(at, at + 2 + end).map((word) => word.raw || word.norm).join(' ');
  }
  return found;
}

/** A noun a fact kind is told with ("gecko", "sister"), for someone or an animal, or one WordNet and the tagger do not know ("betta"). */
function namesSomeone(word: string, kindNouns: ReadonlyMap<string, unknown>): boolean {
  const tags = wordLexicon().tags(word);
  if (tags !== undefined && !tags[0].startsWith('NN')) return false;
  const kinds = nounKinds().kindsOf(word);
  return kindNouns.has(word) || isPersonNoun(word) || kinds.has('animal') || (tags === undefined && kinds.size === 0);
}
