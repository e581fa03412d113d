import type { Content } from '../../content/content';
import { contentList } from '../../content/content';
import type { FactKindDefinition } from '../../content/dialogSchema';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { phraseTokens } from './tokens';

/** A `say` phrase split around its slot: "i am a {value} person" → before [i, am, a], after [person]. */
export interface StatementCue {
  kind: string;
  before: string[];
  after: string[];
  /** The slot is {known}: only a value from the kind's `values` list. */
  known: boolean;
}

/** A noun of a named kind: its words, the detail a name is kept under, and whether it means any value ("kids"). */
export interface KindNoun {
  words: string[];
  detail: string;
  general: boolean;
}

/** A kind of fact, compiled from dialogs/ for matching. */
export interface FactKind {
  name: string;
  definition: FactKindDefinition;
  /** Nouns that introduce names (singular), longest first: "guinea pig" before "pig". */
  nouns: KindNoun[];
  asks: string[][];
  values: Set<string>;
}

/** Everything the memory reader needs from content, compiled once per content object. */
export interface NameCue {
  before: string[];
  after: string[];
  strong: boolean;
}

export interface MemoryLexicon {
  kinds: Map<string, FactKind>;
  /** `say` phrases by their first word ("" for phrases that start with the value): only those can match a clause. */
  cues: Map<string, StatementCue[]>;
  nameCues: Map<string, NameCue[]>;
  /** Nouns of named kinds by their first word, singular and plural ("dog", "dogs"). */
  nouns: Map<string, Array<{ kind: string; noun: KindNoun }>>;
  /** The words each kind's questions may use (its ask phrases' words and nouns). */
  questionWords: Map<string, Set<string>>;
  fillers: Set<string>;
  trailers: string[][];
  valueEnds: Set<string>;
  retractions: string[][];
  forgetVerbs: string[][];
  noLonger: string[][];
  questionStarts: string[][];
  followUps: string[][];
  contractedIs: Set<string>;
  /** First words of statements: after "and" or a comma, one of these starts a new clause. */
  clauseStarts: Set<string>;
  notNames: Set<string>;
  notThings: Set<string>;
  /** Heads that are not work after "I'm a" ("new customer"). */
  notJobs: Set<string>;
  /** Category words a question narrows with, singular and plural ("sports" → sport, "instruments" → musical instrument). */
  categories: Map<string, string>;
}

const compiled = new WeakMap<Content, MemoryLexicon>();

export function memoryLexicon(content: Content): MemoryLexicon {
  const known = compiled.get(content);
  if (known) return known;
  const lexicon = compileLexicon(content);
  compiled.set(content, lexicon);
  return lexicon;
}

function compileLexicon(content: Content): MemoryLexicon {
  const contractedIs = new Set(contentList(content, 'contractedIs').map((word) => word.toLowerCase()));
  const phrases = (list: string) => contentList(content, list).map((phrase) => phraseTokens(phrase, contractedIs)).filter((words) => words.length > 0);
  const kinds = new Map<string, FactKind>();
  const cues: StatementCue[] = [];
  for (const [name, definition] of content.facts) {
    const said = definition.say.map((phrase) => splitSlot(phrase, contractedIs));
    kinds.set(name, {
      name,
      definition,
      nouns: [...(definition.nouns ?? []).map((noun) => kindNoun(noun, false, contractedIs)), ...(definition.general ?? []).map((noun) => kindNoun(noun, true, contractedIs))].sort((a, b) => b.words.length - a.words.length),
      asks: [...definition.ask.map((phrase) => phraseTokens(phrase, contractedIs)), ...said.flatMap(questionOf)],
      values: new Set((definition.values ?? []).map((value) => value.toLowerCase())),
    });
    for (const phrase of definition.say) cues.push({ kind: name, ...splitSlot(phrase, contractedIs) });
  }
  const nameCues: NameCue[] = [
    ...contentList(content, 'nameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: true })),
    ...contentList(content, 'casualNameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: false })),
  ];
  const nouns = new Map<string, Array<{ kind: string; noun: KindNoun }>>();
  const questionWords = new Map<string, Set<string>>();
  for (const kind of kinds.values()) {
    for (const noun of kind.nouns) {
      const first = noun.words[0];
      const forms = noun.words.length === 1 ? [first, inflector.pluralize(first)] : [first];
      for (const form of new Set(forms)) nouns.set(form, [...(nouns.get(form) ?? []), { kind: kind.name, noun }]);
    }
    const words = new Set([...kind.asks.flat(), ...kind.nouns.flatMap((noun) => noun.words.flatMap((word) => [word, inflector.pluralize(word)]))]);
    questionWords.set(kind.name, words);
  }
  const fillers = new Set(phrases('memoryFillers').flat());
  const clauseStarts = new Set(['i', 'we', 'my', 'our']);
  for (const cue of [...cues, ...nameCues]) if (cue.before.length > 0 && !fillers.has(cue.before[0])) clauseStarts.add(cue.before[0]);
  const trailers = phrases('memoryTrailers').sort((a, b) => b.length - a.length);
  const notNames = new Set([
    ...contentList(content, 'notNames').map((word) => word.toLowerCase()),
    ...fillers,
    ...trailers.flat(),
    ...[...kinds.values()].flatMap((kind) => [...kind.values].flatMap((value) => value.split(/[\s-]+/))),
    ...[...kinds.values()].flatMap((kind) => kind.nouns.flatMap((noun) => noun.words)),
  ]);
  return {
    kinds,
    cues: byFirstWord(cues),
    nameCues: byFirstWord(nameCues),
    nouns,
    questionWords,
    fillers,
    trailers,
    valueEnds: new Set(phrases('memoryValueEnds').flat()),
    retractions: phrases('memoryRetractions'),
    forgetVerbs: phrases('memoryForgetVerbs').sort((a, b) => b.length - a.length),
    noLonger: phrases('memoryNoLonger').sort((a, b) => b.length - a.length),
    questionStarts: phrases('memoryQuestionStarts'),
    followUps: phrases('memoryFollowUps').sort((a, b) => b.length - a.length),
    contractedIs,
    clauseStarts,
    notNames,
    notThings: new Set(contentList(content, 'notThings').map((word) => word.toLowerCase())),
    notJobs: new Set(contentList(content, 'notJobs').map((word) => word.toLowerCase())),
    categories: categoryWords(contentList(content, 'memoryCategories')),
  };
}

const inflector = new NounInflector();

/** Words that say too little to make a question of a statement ("i am a" would ask "what am i"). */
const THIN = new Set(['a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'not', 'do', 'really', 'big', 'huge', 'more']);

/**
 * The question a statement phrase answers: "i teach" → "what do i teach", "i am learning" → "what am i
 * learning". Only for phrases that start with "i" and say something after it.
 */
function questionOf({ before, after }: { before: string[]; after: string[] }): string[][] {
  if (after.length > 0 || before[0] !== 'i' || before.length < 2) return [];
  const rest = before[1] === 'am' ? before.slice(2) : before.slice(1);
  if (rest.length === 0 || rest.every((word) => THIN.has(word)) || ['have', 'do', 'can', 'would', 'will'].includes(rest[0])) return [];
  return before[1] === 'am' ? [['what', 'am', 'i', ...rest]] : [['what', 'do', 'i', ...rest]];
}

/** "musical instrument" is asked about as "instrument(s)" too: each category by its last word and plural. */
function categoryWords(categories: readonly string[]): Map<string, string> {
  const words = new Map<string, string>();
  for (const category of categories) {
    const last = category.toLowerCase().split(/\s+/).pop() ?? '';
    for (const form of [last, inflector.pluralize(last)]) words.set(form, category);
  }
  return words;
}

function byFirstWord<T extends { before: string[] }>(cues: readonly T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const cue of cues) {
    const first = cue.before[0] ?? '';
    index.set(first, [...(index.get(first) ?? []), cue]);
  }
  return index;
}

/** "greyhound (dog)" → words [greyhound], kept under "dog". */
function kindNoun(noun: string, general: boolean, contractedIs: ReadonlySet<string>): KindNoun {
  const match = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(noun);
  const words = phraseTokens(match ? match[1] : noun, contractedIs);
  return { words, detail: match ? match[2].trim() : words.join(' '), general };
}

function splitSlot(phrase: string, contractedIs: ReadonlySet<string>): { before: string[]; after: string[]; known: boolean } {
  const known = phrase.includes('{known}');
  const [before, after = ''] = phrase.split(/\{(?:value|known)\}/);
  return { before: phraseTokens(before, contractedIs), after: phraseTokens(after, contractedIs), known };
}
