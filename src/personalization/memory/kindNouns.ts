import type { MemoryLexicon } from './factKinds';
import type { Token } from './tokens';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';

const inflector = new NounInflector();

/** The noun of a named kind at `at` ("dogs" → pet/dog, "guinea pig"), with its length in tokens. */
export function nounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  for (const { kind, noun } of lexicon.nouns.get(tokens[at].norm) ?? []) {
    const { words, detail, general } = noun;
    if (at + words.length > tokens.length) continue;
    const matches = words.length === 1 || words.every((word, i) => tokens[at + i].norm === word || (i === words.length - 1 && tokens[at + i].norm === `${word}s`));
    if (!matches) continue;
    // "a pet skunk", "my pet rat": the general noun, then the sort of it WordNet files under it.
    const sort = general && words.length === 1 ? sortAfterGeneral(tokens[at + 1], kind, lexicon) : undefined;
    if (sort) return { kind, detail: sort, general: false, length: 2 };
    return { kind, detail, general, length: words.length };
  }
  return lexicon.nouns.has(tokens[at].norm) ? undefined : wordNetNounAt(tokens, at, lexicon);
}

/** The sort named right after a general noun ("pet *skunk*"), when WordNet files it under the kind: as listed, or as typed. */
function sortAfterGeneral(token: Token | undefined, kind: string, lexicon: MemoryLexicon): string | undefined {
  if (!token || !lexicon.wordNetKinds.has(kind) || !/^\p{Ll}{3,}$/u.test(token.raw)) return undefined;
  const listed = (lexicon.nouns.get(token.norm) ?? []).find((entry) => entry.kind === kind && entry.noun.words.length === 1);
  if (listed) return listed.noun.general ? undefined : listed.noun.detail;
  const found = wordNetSort(token.norm, lexicon);
  return found?.kind === kind ? found.detail : undefined;
}

/**
 * "a ginger *tom* called Marmalade", "our *springer* Biscuit": a noun no kind lists, typed in lower case before a
 * name, that WordNet files under one of a `memoryWordNetKinds` kind's nouns (a tom is a cat), read as that noun.
 */
function wordNetNounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (lexicon.wordNetKinds.size === 0 || !token.raw || !/^\p{Ll}{3,}$/u.test(token.raw) || !next) return undefined;
  // "donkeys called …", "donkeys Flossie and Bramble", "two donkeys, Flossie and Bramble".
  const capital = (said: Token | undefined) => said !== undefined && /^\p{Lu}\p{Ll}/u.test(said.raw);
  if (!['called', 'named'].includes(next.norm) && !capital(next) && !([',', ':'].includes(next.norm) && capital(tokens[at + 2]))) return undefined;
  // Said before a name with nothing before it that says it is one's own, a word kept as typed must be an animal in
  // its commonest sense ("an axolotl called Pinky"), not in a rarer one: "a video game called Young" is no pet,
  // though WordNet's "game" is also an animal hunted; "we have a skunk named Pepper" is.
  // Counted ("two donkeys, Flossie and Bramble"), a word is said of animals one has, as "we have" says it.
  const counts = (word: string) => /^\d{1,3}$/.test(word) || lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === word);
  const before = tokens.slice(Math.max(0, at - OWNED_BEFORE), at);
  const owned = before.some((word) => lexicon.owningWords.has(word.norm));
  // Counted only, a rarer sense is taken when it is the second ("donkey": the party's emblem first), not further down ("two games, Zelda and Mario").
  const senses = owned ? WORDNET_SENSES : before.some((word) => word.norm !== 'one' && counts(word.norm)) ? COUNTED_SENSES : 1;
  // "two donkeys": WordNet lists the word as one.
  const one = token.norm.endsWith('s') ? inflector.singularize(token.norm) : undefined;
  const found = wordNetSort(token.norm, lexicon, senses) ?? (one && one !== token.norm ? wordNetSort(one, lexicon, senses) : undefined);
  return found ? { ...found, general: false, length: 1 } : undefined;
}

/**
 * What WordNet files a word under, sense by sense, and only a sense filed under a kind's general noun ("animal"):
 * a skunk is a "dirty dog" only as a person. An animal of that sense no kind lists is kept as typed ("skunk"), with
 * `typedSenses` only when it is among the word's commonest senses (1: only the commonest).
 */
function wordNetSort(word: string, lexicon: MemoryLexicon, typedSenses = WORDNET_SENSES): { kind: string; detail: string } | undefined {
  let before = new Set<string>();
  for (let sense = 1; sense <= WORDNET_SENSES; sense++) {
    const reached = nounKinds().sensesAbove(word, WORDNET_DEPTH, sense);
    const chain = [...reached.entries()].filter(([offset]) => !before.has(offset)).flatMap(([, words]) => words.flatMap((word) => [word, word.split('_').at(-1) ?? word]).map((word) => word.replace(/_/g, ' ')));
    before = new Set(reached.keys());
    const nouns = chain.flatMap((word) => (lexicon.nouns.get(word) ?? []).filter(({ kind, noun }) => lexicon.wordNetKinds.has(kind) && noun.words.length === 1));
    const general = nouns.find(({ noun }) => noun.general);
    if (!general) continue;
    const listed = nouns.find(({ kind, noun }) => kind === general.kind && !noun.general);
    if (!listed && sense > typedSenses) return undefined;
    return { kind: general.kind, detail: listed ? listed.noun.detail : word };
  }
  return undefined;
}

/** Words looked back at for one that says the animal is one's own ("we have a pet skunk"). */
const OWNED_BEFORE = 3;

/** Senses of a word looked at, commonest first, and steps up from each ("skunk" → mammal → … → animal). */
const WORDNET_SENSES = 4;
/** Senses of a word said with a count before a name looked at ("two donkeys, …"). */
const COUNTED_SENSES = 2;
const WORDNET_DEPTH = 10;


/**
 * "Dog: labrador, Bamse", "One dog: whippet, Juno": a noun as a label, then a sort of it, said as "a labrador,
 * Bamse" is; where the sort starts, or undefined. A count before the label ("one", "2") is part of it.
 */
export function sortAfterLabel(tokens: readonly Token[], lexicon: MemoryLexicon): number | undefined {
  const counted = tokens[0] && (/^\d+$/.test(tokens[0].norm) || lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === tokens[0].norm)) ? 1 : 0;
  const label = tokens.length > counted ? nounAt(tokens, counted, lexicon) : undefined;
  const colon = counted + (label?.length ?? 0);
  if (!label || tokens[colon]?.norm !== ':' || colon + 1 >= tokens.length) return undefined;
  const sort = nounAt(tokens, colon + 1, lexicon);
  return sort && sort.kind === label.kind && lexicon.parents.get(sort.detail) === label.detail ? colon + 1 : undefined;
}

/** Whether a word for kin at `at` goes right before a noun of an animal kind (`memoryWordNetKinds`): "mum *cat*", "mama *ducks*". */
export function describesAnimal(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const next = tokens[at + 1];
  if (next === undefined || !(lexicon.nouns.get(tokens[at].norm) ?? []).some(({ kind }) => lexicon.people.has(kind))) return false;
  // "what my husband *does*?": a word the tagger knows only as a verb is no animal, whatever WordNet makes of it ("doe").
  const tags = wordLexicon().tags(next.norm);
  if (tags !== undefined && !tags.some((tag) => tag.startsWith('NN'))) return false;
  // Listed under such a kind ("cat"), or, typed in lower case, filed by WordNet under one in its commonest sense ("duck").
  const animal = (word: string) => (lexicon.nouns.get(word) ?? []).some(({ kind, noun }) => lexicon.wordNetKinds.has(kind) && noun.words.length === 1) || (/^\p{Ll}{3,}$/u.test(next.raw) && wordNetSort(word, lexicon) !== undefined);
  return animal(next.norm) || (next.norm.endsWith('s') && animal(inflector.singularize(next.norm)));
}
