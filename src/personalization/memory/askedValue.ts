import { Culture, recognizeDateTime, recognizeEmail, recognizeNumber, recognizePhoneNumber } from '@microsoft/recognizers-text-suite';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { contentList, type Content } from '../../content/content';
import { wordLexicon } from '../../nlu/wordLexicon';
import { nounKinds } from '../../nlu/nounKinds';
import { isOccupation, isPersonNoun, isPlaceName } from './categories';
import { memoryLexicon } from './factKinds';
import { isPunctuation, tokenize, type Token } from './tokens';
import { saysClock } from './clockSpan';
import { QUESTION_WORDS } from './memoryWords';
import { sameRoot } from './noteWords';
import { escapeRegExp } from '../../util/escapeRegExp';

/**
 * The sort of value a question about oneself asks for, read from its words alone: a name ("what's my dog
 * called?"), a time ("when …?", "what day …?"), a number ("how many …?"), a place ("where …?", "which city …?") or
 * a kind of work ("what does my sister do?"). A note told back that holds no value of that sort does not answer it.
 */
/** `person`: "who is my …?", answered by a name or by who they are to the person ("my mum"); `age`: "how old …?", a number that is no weight or price. */
/** `phone`, `email`, `surname`, `colour`: asked by the attribute's own words ("what's Ana's *phone number*?"), held only by a value of that type. */
/** `clock`: "what time …?", a time of day, which a day alone does not hold; `distance`: "how far …?", a figure that is no ordinal ("37th"). */
/** `kind`: a name or number of the kind a noun says ("the *engine* number", `askedKind`), held by a text that says that noun. */
/** `establishment`: what a noun asks for that is told by its name ("what *school* …?"), held by a text that may name one. */
/** `month`: "what month …?", a time that says its month ("in May", "03/2019", "last month"), which a year alone ("1851") does not. */
/** `year`: "what year …?", a time that says its year ("1998", "'98", "last year"), which a time of day or a ratio ("1:48") does not. */
export type AskedValue = 'name' | 'person' | 'time' | 'year' | 'month' | 'clock' | 'number' | 'distance' | 'age' | 'place' | 'work' | 'phone' | 'email' | 'surname' | 'colour' | 'kind' | 'establishment';

const SORTS: readonly AskedValue[] = ['name', 'person', 'time', 'year', 'month', 'clock', 'number', 'distance', 'age', 'place', 'work', 'phone', 'email', 'surname', 'colour', 'kind', 'establishment'];

/** The sorts asked by an attribute's words, which only a value of their own type (or the words themselves) holds. */
export const ATTRIBUTE_SORTS: ReadonlySet<AskedValue> = new Set(['phone', 'email', 'surname', 'colour']);

/** What the words of a question and of a note are read with: `memoryAskedValues` and the lists named below, from dialogs/memory.yaml. */
export interface AskedValueWords {
  /** Opening words that ask for a sort ("how many" → number). */
  openings: ReadonlyArray<{ sort: AskedValue; words: readonly string[] }>;
  /** Words that name an attribute asked for anywhere after "what" or "which" ("*email address*" → email), longest first. */
  attributes: ReadonlyArray<{ sort: AskedValue; words: readonly string[] }>;
  /** Words that name an attribute asked after someone and "'s" (`memoryPersonAttributes`: "Tunde's *number*" → phone). */
  personAttributes: ReadonlyArray<{ sort: AskedValue; words: readonly string[] }>;
  /** Colour words ("navy", "red"): what holds a colour. */
  colours: ReadonlySet<string>;
  /** Words a question asks a name or a number of some kind with, after the noun that says which (`memoryAttributeHeads`: "the engine *number*"). */
  attributeHeads: ReadonlySet<string>;
  /** Heads that ask a code of something (`memoryAttributeCodeHeads`: "username", "plate"), held only by the head or a code said. */
  codeHeads: ReadonlySet<string>;
  /** What WordNet files a place under ("suburb", "town", `memoryPlaceKinds`). */
  placeKinds: ReadonlySet<string>;
  /** Words that name no one and nothing ("not", "none"), however they are typed (`memoryNotNames`). */
  notNames: ReadonlySet<string>;
  /** What WordNet files a noun under when what it names is told by a name (`memoryEstablishmentKinds`: a school, a hotel). */
  establishments: ReadonlySet<string>;
  /** Words a question for a name ends with, or says after "what" ("called", "name"). */
  nameWords: ReadonlySet<string>;
  /** Endings of "what does X …?" that ask for work ("do", "do for a living"). */
  workEnds: ReadonlyArray<readonly string[]>;
  /** Verbs work is told by ("teach", "nurse"), by stem. */
  workDoings: ReadonlySet<string>;
  /** Words that say work without naming it ("job", "retired", "student"). */
  workSays: ReadonlySet<string>;
  /** Words that say when or how often without a date the recognizers read (`memoryScheduleWords`: "earlies", "nights", "fortnightly"). */
  scheduleWords: ReadonlySet<string>;
  /** Shapes a pattern of work is said in, `{n}` a number (`memoryScheduleShapes`: "{n} on {n} off", "{n} till {n}"). */
  scheduleShapes: readonly RegExp[];
  /** Nouns that ask when or how often one works and name nothing done (`memoryScheduleNouns`: "shift", "pattern", "rota"). */
  scheduleNouns: ReadonlySet<string>;
  /** Words that say how many without a number ("few", "dozen", "loads"). */
  amountWords: ReadonlySet<string>;
  /** Words that say where without naming it ("home", "abroad") and the prepositions a place follows ("in", "at"). */
  placeWords: ReadonlySet<string>;
  /** Words a value is introduced by ("called", "named"): what follows is a name. */
  namingWords: ReadonlySet<string>;
  /** Titles before a person's name ("Dr"): what follows is a name, and no place. */
  honorifics: ReadonlySet<string>;
  /** Words that may stand between someone and their name ("my mom*'s name is* Rosa", `memoryNameLinks`). */
  nameLinks: ReadonlySet<string>;
  /** Words that stand for someone said before ("*her* name is Rosa", `memoryNamePronouns`). */
  namePronouns: ReadonlySet<string>;
  /** What a number is said in when it is no age ("kg", "quid"). */
  notAgeUnits: ReadonlySet<string>;
  /** Words that say a year is one of birth (`memoryBirthWords`: "born in 2019"): a year said otherwise tells no age. */
  birthWords: ReadonlySet<string>;
  /** Units a span of time is counted in ("years", "hours", `memoryCountedTimeUnits`). */
  timeUnits: ReadonlySet<string>;
  /** Words said before a question that ask to be told again ("remind me", "do you know"). */
  recallWords: ReadonlyArray<readonly string[]>;
  fillers: ReadonlySet<string>;
  contractedIs: ReadonlySet<string>;
}

const cache = new WeakMap<Content, AskedValueWords>();

export function askedValueWords(content: Content): AskedValueWords {
  const known = cache.get(content);
  if (known) return known;
  const lower = (name: string) => contentList(content, name).map((entry) => entry.toLowerCase().trim());
  const split = (phrase: string) => phrase.split(/\s+/).filter(Boolean);
  const sorted = (name: string) =>
    lower(name).flatMap((entry) => {
      const [sort, phrase] = entry.split(/\s*=>\s*/);
      return SORTS.includes(sort as AskedValue) && phrase ? [{ sort: sort as AskedValue, words: split(phrase) }] : [];
    });
  const openings = sorted('memoryAskedValues');
  const memory = memoryLexicon(content);
  const words: AskedValueWords = {
    openings: openings.sort((a, b) => b.words.length - a.words.length),
    attributes: sorted('memoryAskedAttributes').sort((a, b) => b.words.length - a.words.length),
    personAttributes: sorted('memoryPersonAttributes'),
    colours: new Set(lower('memoryNamedColours')),
    attributeHeads: new Set(lower('memoryAttributeHeads')),
    codeHeads: new Set(lower('memoryAttributeCodeHeads')),
    establishments: new Set(lower('memoryEstablishmentKinds')),
    notNames: new Set(lower('memoryNotNames')),
    placeKinds: new Set(lower('memoryPlaceKinds')),
    nameWords: new Set(lower('memoryAskedNameWords')),
    workEnds: lower('memoryAskedWorkEnds').map(split),
    workDoings: new Set(lower('memoryWorkDoings').map((verb) => PorterStemmer.stem(verb))),
    workSays: new Set([...lower('memoryWorkWords'), ...lower('memoryWorkSays')]),
    scheduleWords: new Set(lower('memoryScheduleWords')),
    scheduleShapes: lower('memoryScheduleShapes').map((shape) => new RegExp(`(?:^|\\W)${shape.split('{n}').map(escapeRegExp).join('(?:\\d+|[a-z]+)')}(?:$|\\W)`, 'i')),
    scheduleNouns: new Set(lower('memoryScheduleNouns')),
    amountWords: new Set(lower('memoryAmountWords')),
    placeWords: new Set(lower('memoryPlaceSays')),
    namingWords: new Set(lower('memoryNamingWords')),
    honorifics: new Set(lower('memoryHonorifics')),
    nameLinks: new Set(lower('memoryNameLinks')),
    namePronouns: new Set(lower('memoryNamePronouns')),
    notAgeUnits: new Set(lower('memoryNotAgeUnits')),
    birthWords: new Set(lower('memoryBirthWords')),
    timeUnits: new Set(lower('memoryCountedTimeUnits')),
    recallWords: lower('memoryAskedRecalls').map(split),
    fillers: memory.fillers,
    contractedIs: memory.contractedIs,
  };
  cache.set(content, words);
  return words;
}

/**
 * Whether a question asks of when one works by its words: some of them (or, `only`, all of them) nouns of
 * `memoryScheduleNouns` ("what *shift pattern* am I on?", "when's my *rota* out?").
 */
export function asksSchedule(asked: readonly string[], words: AskedValueWords, only = false): boolean {
  const schedule = (word: string) => words.scheduleNouns.has(word.toLowerCase());
  return only ? asked.length > 0 && asked.every(schedule) : asked.some(schedule);
}

/**
 * Whether a text says when or how often something is done: a day, a time of day with its figure, a day range or a
 * repeat the datetime recognizer reads ("tues", "mon-thu", "every other weekend"), a word of `memoryScheduleWords`
 * ("earlies", "nights") or a shape of `memoryScheduleShapes` ("4 on 3 off"). A bare figure ("29") or time of day
 * ("the night shift") does not.
 */
export function holdsSchedule(text: string, words: AskedValueWords): boolean {
  if (wordsOf(text, words).some((token) => words.scheduleWords.has(token.norm)) || words.scheduleShapes.some((shape) => shape.test(text))) return true;
  return recognizeDateTime(text, Culture.English).some((one) => !one.typeName.endsWith('duration') && !/^\d+$/.test(one.text.trim()) && (/\d/.test(one.text) || !one.typeName.endsWith('timerange')));
}

/** The words of a text, without punctuation. */
function wordsOf(text: string, words: AskedValueWords): Token[] {
  return tokenize(text, words.contractedIs).filter((token) => !isPunctuation(token));
}

/** Whether the word at `at` is said right after an infinitive's "to", by the tagger. */
function saidAfterTo(said: readonly string[], at: number): boolean {
  return at > 0 && wordLexicon().tags(said[at - 1])?.[0] === 'TO';
}

function startsWith(said: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.length > 0 && phrase.every((word, index) => said[at + index] === word);
}

/**
 * The sort of value a question asks for, when its words say it plainly; undefined else. Only the opening counts
 * (after fillers and "remind me"): "what do I do when I'm stressed?" asks no time.
 */
export function askedValue(question: string, words: AskedValueWords): AskedValue | undefined {
  const tokens = wordsOf(question, words);
  const said = tokens.map((token) => token.norm);
  let at = 0;
  for (let moved = true; moved; ) {
    moved = false;
    while (at < said.length && words.fillers.has(said[at])) at++;
    const recall = words.recallWords.find((phrase) => startsWith(said, at, phrase));
    if (recall) {
      at += recall.length;
      moved = true;
    }
  }
  // "In what year did Geoffrey die?", "on which day …": a preposition said before the opening asks as it does.
  if (ASKED_AFTER.has(said[at] ?? '') && ['what', 'which'].includes(said[at + 1] ?? '')) at++;
  const opening = words.openings.find((one) => startsWith(said, at, one.words));
  // "what year group do I teach?": "year" before a noun is part of a compound that asks no year.
  if (opening?.sort === 'year' && /^NNS?$/.test(wordLexicon().tags(said[at + opening.words.length] ?? '')?.[0] ?? '')) return undefined;
  if (opening) return opening.sort;
  // "who's driving the minibus?", "who is the head ref?": someone, not what is said of a person named ("who is Trevor?").
  if (said[at] === 'who' && WHO_VERBS.has(said[at + 1] ?? '') && (said[at + 2] === 'the' || wordLexicon().tags(said[at + 2] ?? '')?.[0] === 'VBG')) return 'person';
  // "who sold me my car?", "who skippered the boat?": who did something is someone, unlike who someone is ("who is Trevor?").
  if (said[at] === 'who' && said.length > at + 2 && !BE_VERBS.has(said[at + 1] ?? '') && doneByWho(said[at + 1] ?? '')) return 'person';
  // "health inspector's name?", "dog's name": someone's name asked without "what".
  if (said.length > at + 2 && said.at(-2) === "'s" && words.nameWords.has(said.at(-1) ?? '')) return 'name';
  if (said[at] !== 'what' && said[at] !== 'whats' && said[at] !== 'which') return undefined;
  const rest = said.slice(at + 1);
  // "what's Trevor's phone number?", "what colour is the bonneville?": an attribute whose value has a type of its own.
  // Only in what is asked for, before any other verb: "what did I get for my birthday?" asks no date.
  const asking = rest.findIndex((word, index) => !ATTRIBUTE_LEAD.has(word) && !/^(NN|JJ)/.test(wordLexicon().tags(word)?.[0] ?? (index > 0 ? 'NN' : 'VB')));
  const lead = asking < 0 ? rest : rest.slice(0, asking + 1);
  const attribute = lead.flatMap((_, from) => words.attributes.filter((one) => startsWith(rest, from, one.words)))[0];
  if (attribute) return attribute.sort;
  // "what was Baba Tunde's number?", "what's my mum's number?": someone's number is the one they are rung on.
  const someones = (index: number) => index > at + 1 && said[index] === "'s" && (capitalised(tokens[index - 1]) || isPersonNoun(said[index - 1]));
  const personal = words.personAttributes.find((one) => said.some((_, index) => someones(index) && startsWith(said, index + 1, one.words) && index + 1 + one.words.length === said.length));
  if (personal) return personal.sort;
  if (said[at] === 'which') return undefined;
  // "what's my dog called?", "what was the name of my first car?": a name.
  // Not a name word said as the verb after "do" ("what part does my husband *handle*?").
  const verbAtEnd = rest.some((word) => DO_VERBS.has(word)) && !/ed$/.test(rest.at(-1) ?? '');
  if ((words.nameWords.has(rest.at(-1) ?? '') && !verbAtEnd) || rest.some((word) => word === 'name' || word === 'names')) return 'name';
  // "what's the pub called where I work?", "what was the song called that we danced to?": what is asked ends on the
  // name word, and a clause said after it only says which one.
  if (!rest.some((word) => DO_VERBS.has(word)) && rest.some((word, index) => index > 0 && words.nameWords.has(word) && RELATIVE_OPENERS.has(rest[index + 1] ?? ''))) return 'name';
  // "what does my sister do?", "what do I do for a living?": work. Not a "do" said after "to", which another verb
  // wants ("what do we eventually want to do?", "what do my parents want me to do?"): a wish, not a job.
  const endsDoing = (end: readonly string[]) => end.length < rest.length - 1 && startsWith(rest, rest.length - end.length, end) && !saidAfterTo(rest, rest.length - end.length);
  if (['does', 'do', 'did'].includes(rest[0] ?? '') && words.workEnds.some(endsDoing)) return 'work';
  return undefined;
}

/** A name or number a question asks for by the noun said before it ("Shona's *derby* name", "the *engine* number"): the noun, and the word it is asked by. */
export interface AskedKind {
  noun: string;
  head: string;
}

/**
 * The noun a question says right before the name or number it asks for (`memoryAttributeHeads`): which of them is
 * asked. Not a word that says whose it is ("Kai's name") nor one the tagger reads otherwise.
 */
export function askedKind(question: string, words: AskedValueWords): AskedKind | undefined {
  const said = wordsOf(question, words).map((token) => token.norm).filter((word) => /[\p{L}\p{N}]/u.test(word));
  // "my goal number *of* signs" asks a count of them, not a number of some kind.
  const first = said.findIndex((word, index) => index > 0 && words.attributeHeads.has(word) && said[index + 1] !== 'of');
  if (first < 1) return undefined;
  // "the van number *plate*": of heads said in a row, the last says what is asked.
  let at = first;
  while (words.attributeHeads.has(said[at + 1] ?? '')) at++;
  // "my van's number plate": a code is asked of whose it is, said before "'s".
  const owned = words.codeHeads.has(said[at]) && said[first - 1] === "'s" && first > 1;
  const before = said[owned ? first - 2 : first - 1];
  const tag = wordLexicon().tags(before)?.[0];
  // "my *ebird* username", "the car's *reg* plate", "my *van*'s number plate": a code is asked of any noun, or a word the tagger may not know.
  const unknown = (tag === undefined || tag.startsWith('NN')) && words.codeHeads.has(said[at]) && /^\p{L}+$/u.test(before);
  // "what did *I* name my bass?": a word of the question's own (the lexicon files "i" as a noun) says no kind; "name" is its verb.
  return (unknown || (tag !== undefined && /^NNS?$/.test(tag))) && !words.attributeHeads.has(before) && !QUESTION_WORDS.has(before) ? { noun: before, head: said[at] } : undefined;
}

/**
 * The noun whose name a question asks for ("what was the name of the last *keeper* …?", "what's my ward *manager*
 * called?", "what's my Auslan *teacher*'s name?"): the last noun of the words said after "my", "the" or "name of",
 * before anything else is said. Undefined when the question asks no name, or says no such noun.
 */
export function namedNoun(question: string, words: AskedValueWords): string | undefined {
  if (askedValue(question, words) !== 'name') return undefined;
  const tokens = wordsOf(question, words);
  const said = tokens.map((token) => token.norm);
  const of = said.findIndex((word, at) => (word === 'name' || word === 'names') && said[at + 1] === 'of');
  const from = of >= 0 ? of + 2 : said.findIndex((word) => NAMED_OPENERS.has(word));
  if (from < 0) return ownedNamed(said, words);
  let at = from;
  // "my *mum*'s name": a word the tagger reads first as an adjective ("mum", silent) is the noun when "'s" or a name word follows it.
  // So is one said last, before no noun nor adjective ("the name of the *nonprofit* I work for").
  const last = (at: number) => said[at + 1] === "'s" || words.nameWords.has(said[at + 1] ?? '') || PRONOUNS_AFTER.has(said[at + 1] ?? '') || !/^(NN|JJ)/.test(wordLexicon().tags(said[at + 1] ?? '')?.[0] ?? '');
  const describing = (at: number) => /^JJ/.test(wordLexicon().tags(said[at])?.[0] ?? '') && !last(at);
  while (at < said.length && (NAMED_OPENERS.has(said[at]) || describing(at))) at++;
  let noun: string | undefined;
  for (; at < said.length; at++) {
    const word = said[at];
    // "my son's girlfriend": the one named is the one owned, after "'s".
    if (word === "'s" && noun !== undefined) continue;
    if (QUESTION_WORDS.has(word) || words.nameWords.has(word) || !/^\p{L}+$/u.test(word)) break;
    // "the place Karen wants me to move to": a name typed after the noun says who, and ends it.
    if (noun !== undefined && capitalised(tokens[at])) break;
    const tags = wordLexicon().tags(word);
    const owner = last(at);
    // "my manager *at* DCJ": a word the tagger reads first as a word of grammar (a preposition, an article) is no noun,
    // though WordNet may keep it as one ("at", a coin of Laos) and nothing said after it is a noun.
    if (tags !== undefined && !/^NNS?$/.test(tags[0]) && (!owner || CLOSED_TAGS.test(tags[0]))) break;
    noun = word;
  }
  return noun !== undefined && nounKinds().kindsOf(noun).size > 0 ? noun : undefined;
}

/** The tags of words of grammar, which name nothing: prepositions, articles, conjunctions, pronouns, particles. */
const CLOSED_TAGS = /^(?:IN|DT|PDT|TO|CC|PRP|WDT|WP|WRB|MD|EX|RP)/;

/**
 * "What's Laura's fiancé's name?", "health inspector's name?", "what's Karen's husband called?": asked without "my" or
 * "the", the noun said right before the name asked for (and its "'s"), past words that describe it ("last").
 */
function ownedNamed(said: readonly string[], words: AskedValueWords): string | undefined {
  const end = said.findIndex((word, at) => at > 0 && words.nameWords.has(word));
  let at = end - 1;
  while (at > 0 && /^JJ/.test(wordLexicon().tags(said[at])?.[0] ?? '')) at--;
  if (said[at] === "'s") at--;
  const noun = said[at];
  if (end < 0 || at < 0 || noun === undefined || QUESTION_WORDS.has(noun) || !/^\p{L}+$/u.test(noun)) return undefined;
  const tag = wordLexicon().tags(noun)?.[0];
  // "fiancé": WordNet spells it without the accent.
  const plain = noun.normalize('NFD').replace(/\p{M}/gu, '');
  return (tag === undefined || /^NNS?$/.test(tag)) && (nounKinds().kindsOf(noun).size > 0 || nounKinds().kindsOf(plain).size > 0) ? noun : undefined;
}

/** Pronouns that open what is said of the noun asked by ("the nonprofit *I* work for"), whatever the tagger makes of them ("i" the letter). */
const PRONOUNS_AFTER = new Set(['i', 'you', 'we', 'they', 'he', 'she', 'it']);

/** Words said before the noun whose name is asked ("what's *my* manager called?"). */
const NAMED_OPENERS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'your', 'this', 'that']);

/**
 * Whether a text says a noun, or one WordNet relates to it either way ("puppy" for "dog", "teaches" for "teacher"):
 * what the text says is about that noun.
 */
export function saysNoun(text: string, noun: string, words: AskedValueWords): boolean {
  const says = nounSayer(noun);
  const tokens = wordsOf(text, words);
  // "my african grey Professor" says a parrot: two words WordNet has as one noun of its kind.
  return tokens.some((token) => says(token.norm)) || tokens.slice(1).some((token, at) => nounKinds().kindsOf(`${tokens[at].norm} ${token.norm}`).has(noun));
}

/**
 * The words a noun is said by in a text: itself, what it is a step up ("teacher" → instructor, educator; not all it is
 * a kind of, "person"), what WordNet files under it, its roles ("teaches" for "teacher").
 */
export function nounSayer(noun: string): (word: string) => boolean {
  const kinds = new Set([...nounKinds().sensesAbove(noun, 1, 2).values()].flat().map((word) => word.replace(/_/g, ' ')));
  const roles = [...nounKinds().roleWordsOf(noun)];
  return (word) => meansNoun(word, noun, kinds, roles);
}

const inflector = new NounInflector();

function meansNoun(word: string, noun: string, kinds: ReadonlySet<string>, roles: readonly string[]): boolean {
  if (!/\p{L}/u.test(word)) return false;
  // "puppies" says a dog as "puppy" does.
  const one = word.endsWith('s') ? inflector.singularize(word) : word;
  return sameRoot(word, noun) || kinds.has(word) || nounKinds().kindsOf(word).has(noun) || (one !== word && nounKinds().kindsOf(one).has(noun)) || roles.some((role) => sameRoot(word, role) || PorterStemmer.stem(word) === PorterStemmer.stem(role));
}

/**
 * How a note introduces a name in it: said after a word of naming ("a pupil *called* Osian", "we *call her* Big
 * Bertha", "her *name's* Gemma"), and the word said before that one ("pupil"). Undefined when the name is said
 * otherwise ("my husband Colin", "doing BSL"), or not found in the note.
 */
export function namingOf(name: string, note: string, words: AskedValueWords): { before?: string } | undefined {
  const at = note.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return undefined;
  const said = wordsOf(note.slice(0, at), words).map((token) => token.norm);
  const naming = new Set([...words.namingWords].map((word) => PorterStemmer.stem(word)));
  const names = (word: string | undefined) => word !== undefined && (words.namingWords.has(word) || naming.has(PorterStemmer.stem(word)));
  const last = said.length - 1;
  // "call her Big Bertha", "her name's Gemma": a pronoun or a verb of being between.
  const from = names(said[last]) ? last : names(said[last - 1]) && /^(PRP|VBZ|VBD)$/.test(wordLexicon().tags(said[last] ?? '')?.[0] ?? (said[last] === "'s" ? 'VBZ' : '')) ? last - 1 : -1;
  if (from < 0) return undefined;
  const before = said[from - 1];
  return before === undefined ? {} : { before };
}

/**
 * Whether a text says a name the way a note introduces one ("called", "named"): a note that says none names
 * nothing it may be asked the name of.
 */
export function saysNaming(text: string, words: AskedValueWords): boolean {
  const naming = new Set([...words.namingWords].map((word) => PorterStemmer.stem(word)));
  return wordsOf(text, words).some((token) => words.namingWords.has(token.norm) || naming.has(PorterStemmer.stem(token.norm)));
}

/**
 * Whether a word says nothing a question may ask for: one that joins or points ("in", "the"), unless typed with a
 * capital ("Per" is a name), or, asked a name, one that names nothing ("NOT", "none"; "none" may well say how many).
 */
export function saysNothing(token: Token, words: AskedValueWords, nameAsked: boolean): boolean {
  if (nameAsked && words.notNames.has(token.norm)) return true;
  // "mr" of "a dealer called mr tanaka": a title alone says no one, and nothing else.
  if (words.honorifics.has(token.norm)) return true;
  return !capitalised(token) && FUNCTION_TAGS.has(wordLexicon().tags(token.norm)?.[0] ?? '');
}

/** Tags of words that join or point: a conjunction, a preposition, a determiner, a pronoun. */
const FUNCTION_TAGS = new Set(['CC', 'IN', 'DT', 'PDT', 'TO', 'PRP', 'PRP$', 'WDT', 'WP', 'WP$', 'WRB', 'EX']);

/** Words said before an attribute asked for ("what's *the league's* team colours?"): a copula, a determiner, "'s". */
const ATTRIBUTE_LEAD = new Set(['is', 'are', 'was', 'were', 'the', 'my', 'our', 'his', 'her', 'their', 'your', "'s", "'"]);

/** Whether WordNet files a word among colours ("ruby", "teal"). */
function isColourNoun(word: string): boolean {
  const kinds = nounKinds().kindsOf(word);
  return kinds.has('colour') || kinds.has('color');
}

/** Words that open a clause saying which one is meant ("the pub called *where* I work"). */
const RELATIVE_OPENERS = new Set(['where', 'that', 'which', 'who', 'whom', 'whose', 'when']);

/** Forms of "do" a question's verb is said after. */
const DO_VERBS = new Set(['do', 'does', 'did']);

/** Prepositions a question may open with before "what" or "which" ("*in* what year …?"). */
const ASKED_AFTER = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'by']);

/** Forms of "be": "who is Trevor?" asks what is said of a person, not who did something. */
const BE_VERBS = new Set(['is', 'was', 'are', 'were', "'s", "'re", 'be', 'been', 'am']);

/** Whether a word said after "who" is a verb told in the past or of someone ("sold", "helps", "skippered"). */
function doneByWho(word: string): boolean {
  const first = wordLexicon().tags(word)?.[0];
  if (first === 'VBD' || first === 'VBZ') return true;
  // "skippered", "captained": a noun the lexicon knows, said as a verb in the past.
  if (first !== undefined && !first.startsWith('NN')) return false;
  return /^\p{L}{3,}ed$/u.test(word) && [word.slice(0, -2), word.slice(0, -1)].some((stem) => wordLexicon().tags(stem) !== undefined);
}

/** What "who" is said with before someone is asked for ("who *is* the ref?"). */
const WHO_VERBS = new Set(['is', 'was', 'will', "'s"]);

/** What a text is checked against: where a word is a city, and the words of the question that name who it asks about. */
export interface HoldsContext {
  findCity(text: string): { city: string; typo?: boolean } | undefined;
  /** Words of the question ("Kai" of "what's Kai's mum called?"): saying them tells no value. */
  asked: readonly string[];
  occupations: ReadonlySet<string>;
  /** The kind of name or number asked, for the sort `kind` (`askedKind`). */
  kind?: AskedKind;
  /** The noun asked by, for the sort `establishment` ("school"). */
  noun?: string;
  /** Whether a word says who someone is to the person ("partner", "sister"): said beside a name, no work of theirs. */
  relation?(word: string): boolean;
}

/**
 * Whether a text holds a value of a sort: a time or date, a number, a place, a kind of work or a name. Read
 * loosely, so that a note that may answer is never taken for one that cannot.
 */
export function holdsValue(text: string, sort: AskedValue, words: AskedValueWords, context: HoldsContext): boolean {
  const tokens = wordsOf(text, words);
  // "how many are in my U3A class?": a figure the question says itself is no value told.
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  const unasked = tokens.filter((token) => !asked.has(token.norm)).map((token) => token.raw).join(' ');
  switch (sort) {
    case 'time':
      return /\d/.test(text) || tokens.some((token) => words.scheduleWords.has(token.norm)) || recognizeDateTime(text, Culture.English).length > 0;
    case 'year':
      return saysYear(unasked);
    case 'month':
      return saysMonth(unasked);
    case 'clock':
      return /\d/.test(unasked) || saysClock(text);
    case 'distance':
      // "finished 37th": a place in a race is no distance.
      return /\d(?!\d*(?:st|nd|rd|th)\b)/i.test(unasked) || tokens.some((token) => words.amountWords.has(token.norm)) || recognizeNumber(unasked, Culture.English).some((one) => !one.typeName.includes('ordinal'));
    case 'number':
      // "Farrusco, Pipoca and Lua": names told one by one count them; a day ("on Tuesday mornings") is no one.
      return (
        /\d/.test(unasked) ||
        tokens.some((token) => words.amountWords.has(token.norm)) ||
        recognizeNumber(unasked, Culture.English).length > 0 ||
        tokens.filter((token, at) => mayBeName(token, at) && !asked.has(token.norm) && recognizeDateTime(token.raw, Culture.English).length === 0).length > 1
      );
    case 'kind':
      if (context.kind !== undefined && words.codeHeads.has(context.kind.head)) return holdsCode(tokens, context.kind.head, asked);
      return context.kind === undefined || holdsKind(tokens, context.kind, asked);
    case 'establishment':
      return context.noun === undefined || holdsEstablishment(tokens, context.noun, asked, words, context);
    case 'age':
      return holdsAge(text, words);
    case 'place':
      return holdsPlace(tokens, words, context);
    case 'work':
      return holdsWork(tokens, words, context);
    case 'name':
      return holdsName(tokens, words, context, false);
    case 'person':
      return holdsName(tokens, words, context, true);
    default:
      return holdsAttribute(text, tokens, sort, words, context);
  }
}

/**
 * Whether a text holds a value of an attribute's own type: a phone number, an email address, a colour, or a surname
 * said after the first name asked about ("Tonya Briggs"); or says the attribute's words ("his email's on the fridge").
 */
function holdsAttribute(text: string, tokens: readonly Token[], sort: AskedValue, words: AskedValueWords, context: HoldsContext): boolean {
  const said = tokens.map((token) => token.norm);
  if (words.attributes.some((one) => one.sort === sort && said.some((_, at) => startsWith(said, at, one.words)))) return true;
  switch (sort) {
    case 'phone':
      return recognizePhoneNumber(text, Culture.English).length > 0;
    case 'email':
      return recognizeEmail(text, Culture.English).length > 0;
    case 'colour':
      // "Light Ruby": WordNet files a ruby among colours as well as stones.
      return said.some((word) => words.colours.has(word) || isColourNoun(word));
    default: {
      const asked = new Set(context.asked.map((word) => word.toLowerCase()));
      return tokens.some((token, at) => at > 0 && asked.has(tokens[at - 1].norm) && !asked.has(token.norm) && (capitalised(token) || unknownWord(token.norm, words)));
    }
  }
}

/**
 * Whether a text holds a name or number of the kind asked: it says the kind's noun ("engine no. 4471" for "the engine
 * number"), or, asked a number, says one as a number ("number 24" for "my house number") or holds one figure only and
 * that one a reference, no year nor sum ("claim no" told apart from its "ICL MOT 883120"; "a 1951 Vincent" holds no
 * engine number).
 */
function holdsKind(tokens: readonly Token[], kind: AskedKind, asked: ReadonlySet<string>): boolean {
  if (tokens.some((token) => sameRoot(token.norm, kind.noun))) return true;
  if (kind.head !== 'number' && kind.head !== 'numbers') return false;
  // "I live at number 24": a figure said as a number of some kind, the only kind the note tells.
  if (tokens.some((token, at) => token.norm === kind.head && /^\d/.test(tokens[at + 1]?.raw ?? ''))) return true;
  const figures = tokens.filter((token) => /\d/.test(token.raw) && !asked.has(token.norm));
  return figures.length === 1 && isReference(figures[0].raw);
}

/**
 * Whether a text holds a code asked by its head ("username", "plate"): it says the head ("my username's t0bi"), or a
 * handle ("@dippedagain") or a reference ("AB12", "4471") not asked with. Saying what it is of ("eBird") holds none.
 */
function holdsCode(tokens: readonly Token[], head: string, asked: ReadonlySet<string>): boolean {
  if (tokens.some((token) => sameRoot(token.norm, head))) return true;
  return tokens.some((token) => !asked.has(token.norm) && (isHandle(token.raw) || (/\p{L}/u.test(token.raw) && /\d/.test(token.raw) && !/^\d+(?:st|nd|rd|th|s|k|m|km|kg|am|pm)$/iu.test(token.raw)) || (isReference(token.raw) && !/[.,]/.test(token.raw))));
}

/**
 * Whether a text may name what "what *school* …?" asks for: it says the noun, or a word WordNet files under it, a
 * name not asked with ("St Anne's"), a place ("get off at wimbledon": no word of the tagger's, WordNet's suburb), or
 * a word no lexicon knows.
 */
function holdsEstablishment(tokens: readonly Token[], noun: string, asked: ReadonlySet<string>, words: AskedValueWords, context: HoldsContext): boolean {
  return tokens.some((token, at) => {
    const word = token.norm;
    if (!/[\p{L}\p{N}]/u.test(word)) return false;
    const kinds = nounKinds().kindsOf(word);
    if (sameRoot(word, noun) || kinds.has(noun)) return true;
    if (asked.has(word)) return false;
    const place = isPlace(token.raw, context) || (wordLexicon().lacks(word) && [...kinds].some((kind) => words.placeKinds.has(kind)));
    return (at > 0 && capitalised(token)) || place || (wordLexicon().lacks(word) && kinds.size === 0);
  });
}

/**
 * Whether a text says a year: a figure read as one ("1871", "'98", "the 90s"), or a time the recognizer resolves to
 * a year of its own ("last year", "in 2019"). A time of day or a scale ("1:48") says none.
 */
function saysYear(text: string): boolean {
  if (/(?:^|[^\d:.,/])(?:1\d|20)\d\d(?![\d:])|'\d\d\b|\b\d0'?s\b/.test(text)) return true;
  return recognizeDateTime(text, Culture.English).some((found) => /\byear\b/i.test(found.text) || found.typeName.endsWith('daterange') && /^\d{4}$/.test(String((found.resolution?.values as Array<{ timex?: string }> | undefined)?.[0]?.timex ?? '')));
}

/** Whether a text says a month: a time the recognizer resolves with its month ("May", "3/2019", "last month"). */
function saysMonth(text: string): boolean {
  const timexes = recognizeDateTime(text, Culture.English).flatMap((found) => ((found.resolution?.values as Array<{ timex?: string }> | undefined) ?? []).map((value) => String(value.timex ?? '')));
  return timexes.some((timex) => /^\(?(?:\d{4}|XXXX)-\d{2}/.test(timex));
}

/** A figure that refers to something ("883120", "AV-558213"): three digits or more, no sum of money, no year. */
function isReference(figure: string): boolean {
  const digits = figure.replace(/\D/g, '');
  return digits.length >= 3 && !/[£$€¥₹]/u.test(figure) && !/^(1[89]|20)\d\d$/.test(figure);
}

/** Whether a word is one neither the tagger's lexicon nor WordNet knows ("Daifuku", "shito"), but no filler ("rn", "lol"). */
export function unknownWord(word: string, words: AskedValueWords): boolean {
  const lower = word.toLowerCase();
  // "hae-won", "jean-luc": a name in parts, one of them unknown.
  if (/^\p{L}+(?:-\p{L}+)+$/u.test(lower)) return lower.split('-').some((piece) => unknownWord(piece, words));
  return /^\p{L}{2,}$/u.test(lower) && !words.fillers.has(lower) && wordLexicon().tags(lower) === undefined && !wordLexicon().isDescriptive(lower) && nounKinds().kindsOf(lower).size === 0;
}

/** Whether a word is typed with a capital, and not "I". */
function capitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw) && token.norm !== 'i';
}

/**
 * Whether a capitalised word may be a name: anywhere but at the opening, and there unless it is a little word that
 * opens sentences ("My", "The", "We"); "Mei" alone is a name.
 */
function mayBeName(token: Token, at: number): boolean {
  if (!capitalised(token)) return false;
  if (at > 0) return true;
  const tag = wordLexicon().tags(token.norm)?.[0];
  return tag === undefined || !OPENING_TAGS.has(tag);
}

/** The tags of the little words a sentence opens with, which name nothing. */
const OPENING_TAGS = new Set(['DT', 'PRP', 'PRP$', 'IN', 'CC', 'WDT', 'WP', 'WP$', 'WRB', 'MD', 'TO', 'EX', 'PDT', 'UH']);

function isPlace(word: string, context: HoldsContext): boolean {
  // "really nice" names no city: a common word typed in lower case is that word.
  if (!/\p{Lu}/u.test(word) && wordLexicon().tags(word) !== undefined) return false;
  const city = context.findCity(word);
  return (city !== undefined && city.typo !== true) || isPlaceName(word);
}

function holdsName(tokens: readonly Token[], words: AskedValueWords, context: HoldsContext, orPerson: boolean): boolean {
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  if (orPerson && saysWhoDoes(tokens, asked, words)) return true;
  return tokens.some((_, at) => nameAt(tokens, at, words, context, orPerson));
}

/** Whether the tagger knows a word only as foreign or not at all ("ben", "maya"): typed small, it may be a name. */
function untagged(word: string): boolean {
  const tags = wordLexicon().tags(word);
  return tags === undefined || tags.every((tag) => tag === 'FW');
}

/** Whether the word at `at` of a text's words (no punctuation) may be a name, and no word of the question. */
export function nameAt(tokens: readonly Token[], at: number, words: AskedValueWords, context: HoldsContext, orPerson: boolean): boolean {
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  const token = tokens[at];
  if (asked.has(token.norm) || words.notNames.has(token.norm)) return false;
  // "the Silver Dawn WK 12": letters said before a figure are a code's, no one's name.
  if (/^\p{Lu}{1,3}$/u.test(token.raw) && /^\d/.test(tokens[at + 1]?.raw ?? '')) return false;
  // "a shiba called Daifuku", "mr noodle": what "called" or a title introduces is a name, however it is typed.
  if (at > 0 && (words.namingWords.has(tokens[at - 1].norm) || words.honorifics.has(tokens[at - 1].norm)) && /\p{L}/u.test(token.raw)) return true;
  // "named her skipper", "we call him mr noodle": a pronoun for them may stand between the naming word and the name.
  if (at > 1 && words.namePronouns.has(tokens[at - 1].norm) && words.namingWords.has(tokens[at - 2].norm) && /\p{L}/u.test(token.raw)) return true;
  // "my username everywhere is t0bi_wan": a handle (letters with figures or "_" in them) is a name however it is typed.
  if (isHandle(token.raw)) return true;
  if (isPlace(token.raw, context)) return false;
  // "a beam trawler out of brixham": a word typed small where a place is said is where, not what is named.
  if (!orPerson && !capitalised(token) && saidWhere(tokens, at, words)) return false;
  // "the deadline is 15 March": a month or a day is no one's name.
  if (orPerson && mayBeName(token, at) && recognizeDateTime(token.raw, Culture.English).length > 0) return false;
  // "my manager ben thinks …": right after the word for the one asked about, a word no tagger knows ("ben" is only a hill to WordNet) is who they are,
  // asked who they are or what they are called ("what's my daughter called?" of "my daughter amara starts school").
  const apposed = at > 0 && asked.has(tokens[at - 1].norm) && isPersonNoun(tokens[at - 1].norm) && /^\p{L}{2,}$/u.test(token.norm) && untagged(token.norm);
  return mayBeName(token, at) || unknownWord(token.norm, words) || apposed || (orPerson && saysSomeoneElse(token.norm, asked));
}

/**
 * Whether a word told may say who is asked for by a word for someone ("my *sister* does the books"): not a word said
 * mostly as a verb in the present, though WordNet has a person of it ("I *have* been in radio", the haves), nor the word the question
 * asks about, in another form ("the *callers* are wild" for "who's the caller …?").
 */
function saysSomeoneElse(word: string, asked: ReadonlySet<string>): boolean {
  // A participle still tells of someone: "*married* to dana" (the married) says who a spouse is.
  if (!isPersonNoun(word) || /^(VB|VBP|VBZ|MD)$/.test(wordLexicon().tags(word)?.[0] ?? '')) return false;
  return ![...asked].some((one) => sameRoot(one, word));
}

/** "@lacebyjune", "t0bi_wan", "sam_k", "jules88": a handle, typed with "@" or with at least three letters and a figure or "_" among them (not "50m", "v8"). */
function isHandle(raw: string): boolean {
  if (/^@[\p{L}\p{N}_]{2,}/u.test(raw)) return true;
  return /^\p{L}[\p{L}\d_.]*$/u.test(raw) && /[\d_]/.test(raw) && (raw.match(/\p{L}/gu) ?? []).length >= 3 && !raw.endsWith('.');
}

/** Whether a word is said where a place is ("in brixham", "out of brixham", "north of leeds"). */
function saidWhere(tokens: readonly Token[], at: number, words: AskedValueWords): boolean {
  const before = tokens[at - 1]?.norm ?? '';
  const isPreposition = (word: string) => (wordLexicon().tags(word) ?? []).includes('IN');
  if (words.placeWords.has(before) && isPreposition(before)) return true;
  const twoBefore = tokens[at - 2]?.norm ?? '';
  return before === 'of' && (words.placeWords.has(twoBefore) || (wordLexicon().tags(twoBefore) ?? []).includes('RP'));
}

/**
 * Whether a text says someone doing what "who's *bringing* …?" asks about: the doing, said after a word the question
 * does not say and that names someone ("hae-won is bringing the printer"), not "nobody".
 */
function saysWhoDoes(tokens: readonly Token[], asked: ReadonlySet<string>, words: AskedValueWords): boolean {
  const doings = [...asked].filter((word) => wordLexicon().tags(word)?.[0] === 'VBG');
  return tokens.some((token, at) => doings.includes(token.norm) && tokens.slice(0, at).some((before) => !asked.has(before.norm) && !words.notNames.has(before.norm) && /\p{L}/u.test(before.raw)));
}

function holdsPlace(tokens: readonly Token[], words: AskedValueWords, context: HoldsContext): boolean {
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  // "my tutor is Dr Okafor": a title and the name after it are someone, not somewhere.
  const titled = (at: number) => words.honorifics.has(tokens[at].norm) || (at > 0 && words.honorifics.has(tokens[at - 1].norm));
  return tokens.some((token, at) => {
    if (words.placeWords.has(token.norm)) return true;
    if (asked.has(token.norm) || titled(at)) return false;
    // "Nando's", "Headingley", "Dairy Queen": a name may be where, as a place or a firm.
    if (mayBeName(token, at) || unknownWord(token.norm, words)) return true;
    const bigram = at + 1 < tokens.length ? `${token.raw} ${tokens[at + 1].raw}` : undefined;
    return isPlace(token.raw, context) || (bigram !== undefined && isPlace(bigram, context));
  });
}

/** Whether a text says a birth (`memoryBirthWords`: "born in 2019"), which makes a year it says an age. */
export function saysBirth(text: string, words: AskedValueWords): boolean {
  return text.toLowerCase().split(/\s+/).some((word) => words.birthWords.has(word) || words.birthWords.has(word.replace(/[,;:!?)]+$/u, '')));
}

/** "diagnosed in 2021": a year tells an age only as the year of a birth. "he's 6", "born in 2019", "3 years old": a number that is not said in a unit of weight, size or money ("11kg", "£40"). */
export function holdsAge(text: string, words: AskedValueWords, born = saysBirth(text, words)): boolean {
  const said = text.toLowerCase().split(/\s+/);
  return said.some((word, at) => {
    const number = /^[£$€]?(\d+(?:[.,]\d+)?)([\p{L}%]*)$/u.exec(word.replace(/[,.;:!?)]+$/u, ''));
    if (!number || /^[£$€]/u.test(word)) return false;
    if (!born && !number[2] && /^(?:1[89]|20)\d\d$/.test(number[1])) return false;
    const unit = number[2] || said[at + 1]?.replace(/[,.;:!?)]+$/u, '') || '';
    return !words.notAgeUnits.has(unit);
  }) || recognizeNumber(text.replace(/\d/g, ''), Culture.English).length > 0;
}

function holdsWork(tokens: readonly Token[], words: AskedValueWords, context: HoldsContext): boolean {
  const asked = new Set(context.asked.map((word) => word.toLowerCase()));
  return tokens.some((token, at) => {
    const word = token.norm;
    // "what does dev do?": the question's own words tell no work ("dev" is a name here, not a developer).
    if (asked.has(word)) return false;
    // "my partner Dev": who someone is to the person, said beside their name, is no work of theirs.
    // "my partner Dev", "my wife Abena gave birth to our daughter": who someone is to the person is no work of theirs,
    // unless said as one of a sort ("she's *a* partner at a law firm").
    if (context.relation?.(word) === true && !['a', 'an'].includes(tokens[at - 1]?.norm ?? '')) return false;
    if (words.workSays.has(word) || isOccupation(word, context.occupations)) return true;
    // "a cop", "a guard": WordNet files them among people, and they are not who is asked about ("my mom"), nor a word
    // the tagger reads otherwise ("crazy").
    // Said as one of a sort ("*a* cop", "works *as a* night guard"), not any word for someone ("gave birth").
    // So is the last word of a compound ("call centre, *team leader*"): a noun said before it that is no one.
    const compound = at > 0 && /^NN$/.test(wordLexicon().tags(tokens[at - 1].norm)?.[0] ?? '') && !isPersonNoun(tokens[at - 1].norm);
    const ofSort = compound || tokens.slice(Math.max(0, at - 2), at).some((before) => ['a', 'an', 'as'].includes(before.norm));
    if (ofSort && isPersonNoun(word) && /^NNS?$/.test(wordLexicon().tags(word)?.[0] ?? 'NN')) return true;
    if (words.workDoings.has(PorterStemmer.stem(word))) return true;
    // "she's at Deloitte", "works for ups": a firm named after "at" or "for".
    return at > 0 && ['at', 'for'].includes(tokens[at - 1].norm) && (capitalised(token) || unknownWord(word, words));
  });
}
