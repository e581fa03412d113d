import type { Content } from '../../content/content';
import { contentList } from '../../content/content';
import type { FactKindDefinition } from '../../content/dialogSchema';
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
export interface MemoryLexicon {
  kinds: Map<string, FactKind>;
  cues: StatementCue[];
  nameCues: Array<{ before: string[]; after: string[]; strong: boolean }>;
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
    kinds.set(name, {
      name,
      definition,
      nouns: [...(definition.nouns ?? []).map((noun) => kindNoun(noun, false, contractedIs)), ...(definition.general ?? []).map((noun) => kindNoun(noun, true, contractedIs))].sort((a, b) => b.words.length - a.words.length),
      asks: definition.ask.map((phrase) => phraseTokens(phrase, contractedIs)),
      values: new Set((definition.values ?? []).map((value) => value.toLowerCase())),
    });
    for (const phrase of definition.say) cues.push({ kind: name, ...splitSlot(phrase, contractedIs) });
  }
  const nameCues = [
    ...contentList(content, 'nameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: true })),
    ...contentList(content, 'casualNameCues').map((phrase) => ({ ...splitSlot(phrase, contractedIs), strong: false })),
  ];
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
    cues,
    nameCues,
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
  };
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
