import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { contentList } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { clausesSaidOf, isNamedDetail, namedDetailIn, plainWord, readNamedAsk, type NamedSenses, type NamedWords } from '../../personalization/memory/readNamedDetail';
import { nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import { namedOnes, peopleInNotes } from './memoryWho';

/** Steps up WordNet's nouns to find a person ("plumber" → … → person) or the sort asked of ("retriever" → dog). */
const SENSE_DEPTH = 8;
const SENSES = 2;

/**
 * "where does Priya live?", "when is my sister's birthday?", "what does Ben study?": a detail of someone the person
 * named, from the clause of their own words said of that one that holds a value of the sort asked (a place, a date,
 * an age, how often, a colour, a job, a study, a kind). Undefined when the question asks no such detail of anyone
 * named, or nothing said of them holds one; a fact kept of them is answered as facts are, before this is asked.
 */
export function answerNamedDetail(text: string, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  const notes = (profile.memory.notes ?? []).map((note) => note.text);
  if (notes.length === 0) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const words = namedWords(deps);
  const askWords = new Set(words.asks.flatMap((ask) => ask.words));
  const named = namedOnes(profile, deps);
  const asked = readNamedAsk(text, new Set([...named.map((one) => plainWord(one.name.split(/\s+/)[0])), ...peopleInNotes(profile, deps).map(plainWord), ...namesAskedOf(text, notes)]), words, lexicon);
  if (!asked) return undefined;
  const names = new Set([...named.map((one) => plainWord(one.name.split(/\s+/)[0])), ...peopleInNotes(profile, deps).map(plainWord), ...(asked.who.name ? [asked.who.name] : []), ...unknownWords(notes, deps)].filter((name) => !askWords.has(name)));
  const nounOf = new Map<string, string[]>();
  for (const one of named) nounOf.set(one.noun, [...new Set([...(nounOf.get(one.noun) ?? []), plainWord(one.name.split(/\s+/)[0])])]);
  const clauses = clausesSaidOf(profile.memory.notes ?? [], names, words, lexicon);
  const value = namedDetailIn(asked, clauses, nounOf, words, senses(deps), (word) => PorterStemmer.stem(word));
  if (!value) return undefined;
  return asked.who.name && !asked.said.match(/^\p{Ll}+$/u) || (asked.who.name && !asked.who.noun) ? { key: 'memory.namedDetail', values: { value, who: asked.said } } : { key: 'memory.namedDetailOf', values: { value, who: asked.said } };
}

/**
 * Words of a question said in a note that no dictionary knows ("what's tasha's job?" after "tasha sells houses"):
 * names, typed in lower case as often as not.
 */
function namesAskedOf(text: string, notes: readonly string[]): string[] {
  const said = new Set(notes.flatMap((note) => note.split(/[^\p{L}\p{M}]+/u).map(plainWord)));
  return text.split(/[^\p{L}\p{M}]+/u).map(plainWord).filter((word) => word.length > 2 && said.has(word) && wordLexicon().lacks(word));
}

/** Words of the notes no dictionary knows and no city is ("steve", "aisling"): names, however typed. */
function unknownWords(notes: readonly string[], deps: TurnDependencies): string[] {
  const words = new Set(notes.flatMap((note) => note.split(/[^\p{L}\p{M}]+/u)).filter((word) => word.length > 2).map(plainWord));
  return [...words].filter((word) => wordLexicon().lacks(word) && deps.findCity(word) === undefined);
}

function senses(deps: TurnDependencies): NamedSenses {
  const above = (noun: string) => [...nounKinds().sensesAbove(noun, SENSE_DEPTH, SENSES).values()].flat();
  return {
    findCity: (text) => deps.findCity(text),
    tags: (word) => wordLexicon().tags(word),
    isPerson: (noun) => above(noun).includes('person'),
    isSortOf: (noun, of) => noun !== of && above(noun).includes(of),
  };
}

/** The lists read once per content (a dialogs reload brings new content, so new lists). */
const wordsOfContent = new WeakMap<TurnDependencies['content'], NamedWords>();

/** The `memoryNamed…` lists of dialogs/memory.yaml. */
function namedWords(deps: TurnDependencies): NamedWords {
  const cached = wordsOfContent.get(deps.content);
  if (cached) return cached;
  const read = readNamedWords(deps);
  wordsOfContent.set(deps.content, read);
  return read;
}

function readNamedWords(deps: TurnDependencies): NamedWords {
  const set = (name: string) => new Set(contentList(deps.content, name));
  const asks = contentList(deps.content, 'memoryNamedAsks').flatMap((entry) => {
    const [said, detail] = entry.split('=>').map((part) => part.trim());
    return isNamedDetail(detail) ? [{ words: said.split(/\s+/), detail }] : [];
  });
  return {
    asks,
    pronouns: set('memoryNamedPronouns'),
    studies: set('memoryNamedStudies'),
    placeWords: set('memoryNamedPlaceNouns'),
    timeWords: set('memoryNamedTimeWords'),
    colours: set('memoryNamedColours'),
    frequencies: set('memoryNamedFrequencies'),
    workVerbs: set('memoryNamedWorkVerbs'),
    notWork: set('memoryNamedNotWork'),
    questionWords: set('memoryNamedQuestionWords'),
  };
}
