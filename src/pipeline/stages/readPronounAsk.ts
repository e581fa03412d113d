import { memoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { isLivingNoun } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { MemoryTurn } from '../../profile/userProfile';
import type { Turn, TurnDependencies } from '../turn';
import { namedOnes } from './memoryWho';

/** Pronouns that may stand for someone named just before; the possessive forms are read with what follows. */
const STANDS_FOR = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their', 'it', 'its']);
const POSSESSIVE = new Set(['his', 'their', 'its']);
const FEMALE = new Set(['she', 'her', 'hers']);
const MALE = new Set(['he', 'him', 'his']);
/** "it" stands for an animal or a thing, never for a person. */
const THING = new Set(['it', 'its']);
const ASKS = new Set(['what', 'whats', 'where', 'wheres', 'when', 'whens', 'who', 'whos', 'which', 'how', 'is', 'does', 'did', 'do', 'are', 'was', 'were', 'has', 'have']);
/** Words that open a thing asked about ("the conference", "my gym class"), which "it" may stand for. */
const THING_OPENERS = new Set(['the', 'my', 'our']);
/** How many messages back a pronoun may reach for the one it stands for. */
const LOOK_BACK = 4;
/** How far after "my" the noun may come ("my youngest grandchild"). */
const NOUN_WITHIN = 3;

/**
 * "what's my daughter's name?" and then "how old is she?": a question whose someone is only a pronoun leans on
 * the one the previous messages named ("my daughter", "Maja"), or the one the last answer named ("who's my best
 * friend?" → "Anjali"). Returns the question asked of them ("how old is my daughter?"), by each way the one was
 * said, best first ("how old is Maja?" next); none when the message is no such question or nothing before named
 * one the pronoun can stand for.
 */
export function pronounAsked(turn: Turn, deps: TurnDependencies): string[] {
  // Most messages say no such pronoun: nothing is read for them.
  if (!turn.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => STANDS_FOR.has(word))) return [];
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(turn.text, lexicon.contractedIs);
  const words = tokens.filter((token) => !isPunctuation(token));
  const asked = tokens.some((token) => token.norm === '?') || ASKS.has(words[0]?.norm.replace(/'/g, '') ?? '');
  const at = words.findIndex((token) => STANDS_FOR.has(token.norm));
  // "my son, how is his name?", "what was my husband called, God rest him?": the one it stands for is in the message.
  if (!asked || at < 0 || lastNamed(turn.text, turn, deps) !== undefined) return [];
  const pronoun = words[at];
  // "what time is it?" asks the clock, whatever was asked before.
  if (THING.has(pronoun.norm) && lexicon.asksOfNow.has(words.map((word) => word.norm).join(' '))) return [];
  const next = words[at + 1];
  // "what's her name?": "her" before a noun is whose; "do I call her Bee?" is whom.
  const whose = POSSESSIVE.has(pronoun.norm) || (pronoun.norm === 'her' && next !== undefined && /^(NN|JJ)/.test(wordLexicon().tags(next.norm)?.[0] ?? ''));
  const typed = new RegExp(`(?<![\\p{L}\\p{N}])${pronoun.raw || pronoun.norm}(?![\\p{L}\\p{N}])`, 'iu');
  return standingFor(pronoun.norm, turn, deps).map((someone) => turn.text.replace(typed, whose ? `${someone}'s` : someone));
}

/**
 * Whom or what a pronoun stands for, as the newest of the last messages that names one said it: the one its
 * question named ("how old is my brother?" for "how old is he?"), then the one its answer named ("who's my best
 * friend?" → "Anjali"), of the pronoun's gender; "it" an animal or the thing asked about ("when is the
 * conference?"). `except`: one it cannot be ("and her?" after a question about someone else).
 */
export function standingFor(pronoun: string, turn: Turn, deps: TurnDependencies, except?: string): string[] {
  const before = turn.loaded.profile.memory.turns.slice(-LOOK_BACK).reverse();
  const fits = (one: string | undefined): one is string => one !== undefined && one.toLowerCase() !== except?.toLowerCase() && agrees(pronoun, one, turn, deps);
  // "it" leans only on what memory answered: "is it going to rain?" after any other message is not about it.
  for (const said of before.filter((one) => !THING.has(pronoun) || one.answered !== undefined)) {
    // Of several the answer named ("Pip and Moss"), "she" stands for none; "it" for the one animal among people.
    const named = (said.answered?.named ?? []).filter(fits);
    const found = [...new Set([lastNamed(askedIn(said), turn, deps), ...(named.length === 1 ? named : []), ...(THING.has(pronoun) ? [thingAsked(askedIn(said), deps)] : [])].filter(fits))];
    if (found.length > 0) return found;
  }
  return [];
}

/** A remembered message as it was understood: the question a follow-up stood for, or the words said. */
export function askedIn(said: MemoryTurn): string {
  return said.answered?.asked ?? said.text;
}

/** Whether a pronoun may stand for the one named: "she" not for "my brother", "it" for no person. */
function agrees(pronoun: string, one: string, turn: Turn, deps: TurnDependencies): boolean {
  const lexicon = memoryLexicon(deps.content);
  const named = namedOnes(turn.loaded.profile, deps).find((known) => known.name.toLowerCase() === one.toLowerCase());
  const noun = named?.noun ?? one.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (FEMALE.has(pronoun)) return !lexicon.maleNouns.has(noun);
  if (MALE.has(pronoun)) return !lexicon.femaleNouns.has(noun);
  if (!THING.has(pronoun)) return true;
  const kinds = named ? [named.kind] : (lexicon.nouns.get(noun) ?? []).map(({ kind }) => kind);
  return !kinds.some((kind) => lexicon.people.has(kind)) && !lexicon.maleNouns.has(noun) && !lexicon.femaleNouns.has(noun);
}

/** The someone a message named last: "my" and a noun of a kind that holds names, or a name told before. */
export function lastNamed(previous: string, turn: Turn, deps: TurnDependencies): string | undefined {
  const lexicon = memoryLexicon(deps.content);
  const words = tokenize(previous, lexicon.contractedIs).filter((token) => !isPunctuation(token));
  const names = new Set(namedOnes(turn.loaded.profile, deps).map((one) => one.name.toLowerCase()));
  let found: { at: number; said: string } | undefined;
  for (const [at, token] of words.entries()) {
    if (names.has(token.norm)) found = { at, said: token.raw || token.norm };
    if (token.norm !== 'my') continue;
    const end = nounEnd(words, at + 1, deps);
    if (end >= 0) found = { at, said: ['my', ...words.slice(at + 1, end + 1).map(typedWord)].join(' ') };
  }
  return found?.said;
}

/**
 * Where the noun that holds names after "my" ends: the first such noun within reach, all its words ("my best
 * friend", not "my best"), and those that hold names right after it; -1 with none. A possessive ends it ("my
 * sister's husband").
 */
function nounEnd(words: readonly Token[], from: number, deps: TurnDependencies): number {
  const first = words.slice(from, from + NOUN_WITHIN).findIndex((_, at) => namingNounLength(words, from + at, deps) > 0);
  if (first < 0) return -1;
  let end = from + first + namingNounLength(words, from + first, deps) - 1;
  while (words[end + 1] && words[end + 1].norm !== "'s" && !/['’]s$/u.test(words[end].norm) && namingNounLength(words, end + 1, deps) > 0) end += namingNounLength(words, end + 1, deps);
  return end;
}

/**
 * How many words from `at` say a noun of someone with a name: of a kind that holds names ("best friend" is two),
 * or of the other people one may tell of ("my aunt"); 0 when none does.
 */
function namingNounLength(words: readonly Token[], at: number, deps: TurnDependencies): number {
  const lexicon = memoryLexicon(deps.content);
  const said = (index: number) => words[index]?.norm.replace(/['’]s$/u, '');
  const nouns = (lexicon.nouns.get(said(at) ?? '') ?? []).filter(({ kind }) => deps.content.facts.get(kind)?.value === 'name');
  // A noun of one word is found by its plural too ("my sons").
  const ofKinds = nouns.map(({ noun }) => noun.words).filter((nounWords) => nounWords.length === 1 || nounWords.every((word, index) => said(at + index) === word));
  const ofOthers = (lexicon.otherPeople.get(said(at) ?? '') ?? []).filter((phrase) => phrase.every((word, index) => said(at + index) === word));
  return [...ofKinds, ...ofOthers].reduce((max, nounWords) => Math.max(max, nounWords.length), 0);
}

/** The thing a question asked about that "it" may stand for: "the conference", "my gym class"; not a person. */
function thingAsked(text: string, deps: TurnDependencies): string | undefined {
  const lexicon = memoryLexicon(deps.content);
  const words = tokenize(text, lexicon.contractedIs).filter((token) => !isPunctuation(token));
  const tag = (token: Token | undefined) => (token ? (wordLexicon().tags(token.norm)?.[0] ?? '') : '');
  let found: string | undefined;
  for (const [at, token] of words.entries()) {
    if (!THING_OPENERS.has(token.norm)) continue;
    let end = at;
    while (end + 1 < words.length && end - at < NOUN_WITHIN && /^(NN|JJ)/.test(tag(words[end + 1])) && words[end + 1].norm !== "'s") end += 1;
    if (end > at && /^NN/.test(tag(words[end])) && !isLivingNoun(words[end].norm)) found = [token.norm, ...words.slice(at + 1, end + 1).map(typedWord)].join(' ');
    // "my best brown last year": else a word that may also be a noun ("brown", the trout) ends the thing, when what
    // follows it is no noun it names ("last" of "last year"); whether "it" may stand for it is for `agrees`.
    else if (end > at && !/^NN/.test(tag(words[end]))) {
      const noun = (index: number) => index > at && (wordLexicon().tags(words[index].norm) ?? []).some((one) => /^NN/.test(one));
      const last = [...Array(end - at).keys()].map((step) => end - step).find((index) => noun(index) && !/^NN/.test(tag(words[index + 1])));
      if (last !== undefined) found = [token.norm, ...words.slice(at + 1, last + 1).map(typedWord)].join(' ');
    }
  }
  return found;
}

function typedWord(token: Token): string {
  return (token.raw || token.norm).replace(/['’]s$/u, '');
}
