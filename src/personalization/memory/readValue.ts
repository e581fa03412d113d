import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { isKnownValue, type FactKind, type MemoryLexicon } from './factKinds';
import { isLikelyName } from '../../nlu/nameJudge';
import { skipFillers, wordsAt } from './clauses';
import { ageAt } from './readAge';
import { isOccupation, isPlaceName, placeOfPeople } from './categories';
import { normalizeCityName } from '../cities';
import { isPunctuation, typedText, type Token } from './tokens';
import type { WordLexicon } from '../../nlu/wordLexicon';
import { categoriesOf } from './categories';
import { isFigureOfPerson } from './figureOfPerson';
import { WORK_KINDS } from './memoryWords';
import { nounKinds } from '../../nlu/nounKinds';

export interface ValueContext {
  lexicon: MemoryLexicon;
  words: WordLexicon;
  /** `typo` when the city is only near to what was typed ("Pariss"). */
  findCity(text: string): { city: string; typo?: boolean } | undefined;
  /** The whole message is lower case: capitals cannot tell names and places apart. */
  lowerCase: boolean;
}

const MAX_VALUE_WORDS = 5;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const ARTICLES = new Set(['a', 'an']);
const OBJECT_PRONOUNS = new Set(['me', 'myself', 'us', 'him', 'them']);
/** A value that ends in one of these is a span of time said after a fact ("vegetarian, like ten years now"), not a thing. */
const TIME_SPANS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'decade', 'decades', 'hour', 'hours', 'yrs', 'ages']);
/** Words a thing never starts with: pronouns, possessives ("into my playlist"), modals ("love can build a bridge"), prepositions. */
/** Words a value told whole never starts with; a title may start with others ("Everything Everywhere All at Once", "Her", "Us"). */
const NEVER_TITLES = new Set(['for', 'it', 'that', 'this', 'them', 'those', 'these', 'you', 'there', 'here', 'what', 'which', 'who', 'to', 'not', 'no', 'my', 'your', 'our', 'his', 'their', 'in', 'on', 'at', 'of', 'about', 'with', 'again']);
const PRONOUNS = new Set(['for', 'it', 'they', 'he', 'she', 'we', 'that', 'this', 'them', 'those', 'these', 'you', 'him', 'her', 'me', 'us', 'there', 'here', 'what', 'which', 'who', 'to', 'not', 'no', 'myself', 'something', 'anything', 'everything', 'nothing', 'stuff', 'my', 'your', 'our', 'his', 'their', 'can', 'will', 'would', 'could', 'should', 'must', 'in', 'on', 'at', 'of', 'about', 'with', 'have', 'has', 'had', 'need', 'want', 'again', 'see']);

/** The values a statement gives, and the words after where its one value ended ("from Lisbon" after "a nurse"). */
/** A place said after a value ("a startup *in Bangalore*"): read up to where it ends, the way a place kind reads one. */
export function readPlaceAfter(tokens: readonly Token[], context: ValueContext): string | undefined {
  return readPlace(trimValue(tokens.slice(0, cutValue(tokens, context.lexicon, false)), context), context);
}

export interface ReadValues {
  values: string[];
  rest: Token[];
}

/**
 * The value(s) a statement gives, read the kind's way: a known place, a name, a date, or the words after
 * the phrase up to where the value ends ("Dubai for five years" → "Dubai"). Several for kinds with many
 * values ("jazz, hiking and cooking"). Empty when nothing there is a value of this kind.
 */
export function readValues(tokens: readonly Token[], kind: FactKind, known: boolean, needsNoun: boolean, context: ValueContext): ReadValues {
  const isDate = kind.definition.value === 'date';
  // "a small town called Kuhmo", "a tiny village near Zakopane called Bukowina", "a hostel in nairobi".
  const described = kind.definition.value === 'place' && !known ? describedPlace(tokens, context) : undefined;
  if (described) return { values: [described.place], rest: tokens.slice(described.end) };
  // "diabetic type 2 so I watch the carbs": a listed value is read whole, numbers and all.
  const listed = known && (kind.definition.value ?? 'thing') === 'thing' ? knownAt(tokens, kind) : undefined;
  if (listed) return { values: [listed.value], rest: tokens.slice(listed.end) };
  if (!kind.definition.many || isDate) {
    // "I'll be 35 this year", "turning 30 on December 12th": a number value is the number and its unit.
    const unit = kind.definition.value === 'number' ? (context.lexicon.numberUnits.find((words) => wordsAt(tokens, words, 1))?.length ?? 0) : 0;
    // Only where a value may end ("35 *this* year", "30 *on* …"), not "5 minutes late".
    const after = tokens[1 + unit]?.norm;
    const ends = after === undefined || after === 'on' || context.lexicon.valueEnds.has(after) || context.lexicon.fillers.has(after) || isPunctuation(tokens[1 + unit]);
    const cut = kind.definition.value === 'number' && /^\d/.test(tokens[0]?.norm ?? '') && ends ? Math.min(tokens.length, 1 + unit) : cutValue(tokens, context.lexicon, isDate);
    if (doneWithYou(tokens, cut, context.lexicon)) return { values: [], rest: [] };
    // "work at a surf shop on the harbour, Ocean Magic": a thing described, then named after a comma, is the name;
    // not what one is ("I'm a teacher, Sarah"), which a name is not.
    const named = !known && !needsNoun && (kind.definition.value ?? 'thing') === 'thing' && !WORK_KINDS.includes(kind.name) ? namedAfterDescription(tokens, cut) : undefined;
    const name = named ? readOne(named.name, kind, false, false, context, true) : undefined;
    if (named && name) return { values: [name], rest: tokens.slice(named.end) };
    const value = readOne(trimValue(tokens.slice(0, cut), context), kind, known, needsNoun, context);
    // "my birthday's next week actually, March 3rd": the day, said right after a time that is none.
    const day = !value && isDate ? daySaidAfter(tokens, cut) : undefined;
    if (day) return { values: [day.value], rest: tokens.slice(day.end) };
    return { values: value ? [value] : [], rest: value ? tokens.slice(cut) : [] };
  }
  const values: string[] = [];
  const pieces = splitList(tokens);
  for (const [index, { piece, from }] of pieces.entries()) {
    const cut = cutValue(piece, context.lexicon, false);
    if (values.length === 0 && doneWithYou(piece, cut, context.lexicon)) return { values: [], rest: [] };
    // "into lego and speak Turkish": a verb of a statement starts something new, read on with the same "I".
    // "…and spanish, tryna learn french": a verb and "to" start something new too.
    // "I play goalie in a beer league, Habs fan obviously": a piece that ends as a phrase said after its value ("… fan") is a statement of its own.
    // "I study architecture, currently drowning in …": an adverb and then a verb's participle say how things go.
    const tag = (at: number) => context.words.tags(piece[at]?.norm ?? '')?.[0] ?? '';
    const going = tag(0) === 'RB' && /^VB[GND]$/.test(tag(1));
    // "allergic to lavender, everyone sprays it": a piece that opens with who does something says it, names no value.
    const clause = piece.length > 1 && SUBJECTS.has(piece[0].norm);
    const verb = clause || (values.length > 0 && (going || context.lexicon.statementVerbs.has(piece[0].norm) || (piece[1]?.norm === 'to' && /^VB/.test(tag(0))) || endsAsPhrase(trimValue(piece, context), context.lexicon)));
    // "russian german english": words each of a category listed in memoryListCategories are items of their own.
    const listed = listedWords(trimValue(piece.slice(0, cut), context), context.lexicon);
    if (!verb && listed) {
      for (const word of listed) if (!values.some((other) => other.toLowerCase() === word.toLowerCase())) values.push(word);
      continue;
    }
    // "anything with gluten, coeliac": a word another kind lists as its own ({known}) starts something new.
    const said = typedText(trimValue(piece.slice(0, cut), context)).toLowerCase();
    const otherKinds = values.length > 0 && [...context.lexicon.kinds.values()].some((other) => other.name !== kind.name && other.values.has(said));
    const value = verb || otherKinds ? undefined : readOne(trimValue(piece.slice(0, cut), context), kind, known, needsNoun, context);
    // A list holds things of one sort: when its first item is no value ("you to check and confirm"), none is.
    if (!value && values.length === 0) return { values: [], rest: [] };
    // An item that is no value ends the list, and may say something else: "vegan *and allergic to peanuts*".
    if (!value) return { values, rest: tokens.slice(Math.max(0, from - 1)) };
    if (!values.some((other) => other.toLowerCase() === value.toLowerCase())) values.push(value);
    // "in Birmingham where I worked as a midwife": what follows the last value is read on.
    if (index === pieces.length - 1 && cut < piece.length) return { values, rest: tokens.slice(from + cut) };
  }
  return { values, rest: [] };
}

/** The longest value of the kind's `values` list the tokens start with (past an article), and where it ends. */
function knownAt(tokens: readonly Token[], kind: FactKind): { value: string; end: number } | undefined {
  const start = ARTICLES.has(tokens[0]?.norm ?? '') ? 1 : 0;
  for (let end = Math.min(tokens.length, start + MAX_VALUE_WORDS); end > start + 1; end--) {
    const text = typedText(tokens.slice(start, end)).toLowerCase();
    if (isKnownValue(kind, text)) return { value: text, end };
  }
  return undefined;
}

function readOne(tokens: Token[], kind: FactKind, known: boolean, needsNoun: boolean, context: ValueContext, whole = false): string | undefined {
  if (tokens.length === 0) return undefined;
  switch (kind.definition.value) {
    case 'place':
      // {known} in a kind of places: a people's word, kept as their place ("I'm Colombian" → Colombia).
      return known ? (tokens.length === 1 ? placeOfPeople(tokens[0].norm) : undefined) : readPlace(tokens, context);
    case 'name':
      // "the tea with mint": where capitals mark names, a known word typed in lower case is none.
      if (!context.lowerCase && tokens[0].raw === tokens[0].raw.toLowerCase() && context.words.tags(tokens[0].norm) !== undefined) return undefined;
      return readNames(tokens, 0, true, context).names[0];
    case 'date':
      return readDate(typedText(tokens));
    case 'number':
      return readNumber(tokens, context.lexicon);
    default:
      return readThing(tokens, kind, known, needsNoun, context, whole);
  }
}

/** A word typed all in capitals where capitals are used ("IT", "HR"): an acronym, not the pronoun it may spell. */
function isAcronym(token: Token, context: ValueContext): boolean {
  return /^\p{Lu}{2,}$/u.test(token.raw) && !context.lowerCase;
}

function readThing(tokens: Token[], kind: FactKind, known: boolean, needsNoun: boolean, context: ValueContext, whole = false): string | undefined {
  let words = tokens;
  // "I love very much the tea" (a learner's order), "I like really spicy food": adverbs before what is liked are not part of it.
  while (words.length > 1 && (ARTICLES.has(words[0].norm) || context.lexicon.intensifiers.has(words[0].norm))) words = words.slice(1);
  // "a staff nurse on a cardiac ward", "barista by day", "trucker out of Columbus": after "a", what one is ends where a preposition starts.
  const preposition = needsNoun ? words.findIndex((token, i) => i > 0 && token.norm !== 'of' && /^(IN|RP)$/.test(context.words.tags(token.norm)?.[0] ?? '')) : -1;
  if (preposition > 0) words = words.slice(0, preposition);
  // "at a 4 star place": an article alone, the rest cut off, names nothing.
  if (words.length === 0 || words.length > MAX_VALUE_WORDS || (words.length === 1 && ARTICLES.has(words[0].norm))) return undefined;
  const first = words[0].norm;
  // "IT support", "HR": a word typed all in capitals is a name or an acronym, not the pronoun it spells.
  const acronym = isAcronym(words[0], context);
  if ((!acronym && ((whole ? NEVER_TITLES : PRONOUNS).has(first) || context.lexicon.notThings.has(first))) || TIME_SPANS.has(words[words.length - 1].norm)) return undefined;
  // "durian, the smell make me sick": words that say something of the speaker are a sentence, not a thing.
  if (words.some((token) => OBJECT_PRONOUNS.has(token.norm) && !isAcronym(token, context))) return undefined;
  // "allergic to dogs, sadly": an adverb alone says how, not what.
  if (words.length === 1 && !acronym && context.words.tags(first)?.[0] === 'RB') return undefined;
  // "honda wave, 10 yrs old": a number and a unit of time say how long, not what.
  if (/^\d+$/.test(first) && TIME_SPANS.has(words[1]?.norm ?? '')) return undefined;
  const text = typedText(words);
  // A kind whose values are of a category reads only such a value ("play the fiddle", not "play chess").
  if (kind.definition.category !== undefined && !categoriesOf(text).includes(kind.definition.category)) return undefined;
  if (known) return isKnownValue(kind, text.toLowerCase()) ? text.toLowerCase() : undefined;
  if (needsNoun) {
    // "I'm a dentist" is work, "I'm a bit tired" is not: after "a", the last word must be a noun.
    const of = words.findIndex((token) => token.norm === 'of');
    const head = words[(of > 0 ? of : words.length) - 1].norm;
    const tags = context.words.tags(head);
    // "I'm a tailor": a word more often a verb is still work when it can be a noun and WordNet files it as an occupation.
    const noun = tags === undefined || tags[0].startsWith('NN') || (tags.some((tag) => tag.startsWith('NN')) && isOccupation(head, context.lexicon.occupations));
    if (!noun || context.lexicon.notJobs.has(head) || context.lexicon.notJobs.has(head.replace(/s$/, ''))) return undefined;
    // "I'm a night owl", "a bit of a couch potato": a figure says how someone is, not what work they do.
    if (WORK_KINDS.includes(kind.name) && isFigureOfPerson(text)) return undefined;
  }
  return text.length <= 60 ? text : undefined;
}

/**
 * A known city, else words the user capitalized (a place the bot does not list), else a word no English
 * lexicon knows ("live in levenshulme now", "my home is nyeri"): after a phrase that calls for a place, that
 * is its name.
 */
function readPlace(tokens: Token[], context: ValueContext): string | undefined {
  return placeAt(tokens, context)?.place;
}

/** The place `tokens` start with and how many tokens it takes. */
function placeAt(tokens: readonly Token[], context: ValueContext): { place: string; length: number } | undefined {
  // "from the Philippines", "in the Azores": the article is not part of the name.
  if (tokens[0]?.norm === 'the' && tokens.length > 1) {
    const named = placeAt(tokens.slice(1), context);
    return named ? { place: named.place, length: named.length + 1 } : undefined;
  }
  for (let length = Math.min(tokens.length, 4); length > 0; length--) {
    const city = context.findCity(typedText(tokens.slice(0, length)));
    // "Bolton" is not a typo of Boston: a word the lexicon knows as a proper noun is kept as typed, capitalized
    // or not ("software tester in bolton").
    if (city && !(city.typo === true && length === 1 && isProperNoun(tokens[0], context))) return { place: asNamed(typedText(tokens.slice(0, length)), city), length };
  }
  // "northern Minnesota", "rural Ohio": a word typed in lower case that says which part of a place is not part of
  // its name ("Northern Ireland", "Little Rock" are names).
  if (tokens.length > 1 && tokens[0].raw === tokens[0].norm && context.lexicon.placeQualifiers.has(tokens[0].norm)) {
    const named = placeAt(tokens.slice(1), context);
    if (named) return { place: named.place, length: named.length + 1 };
  }
  // "from tulsa originally": typed in lower case, a word no lexicon knows or one WordNet lists as a place.
  if (context.lowerCase || !/^\p{Lu}/u.test(tokens[0]?.raw ?? '')) return unknownWord(tokens[0], context) || (tokens[0]?.raw !== undefined && /^\p{L}{3,}$/u.test(tokens[0].raw) && isPlaceName(tokens[0].norm)) ? { place: titleCase(tokens[0].raw), length: 1 } : undefined;
  const run: Token[] = [];
  for (const token of tokens.slice(0, 4)) {
    if (/^\p{Lu}/u.test(token.raw)) run.push(token);
    else if (run.length > 0 && ['de', 'da', 'do', 'of', 'del', 'la', 'el', 'le', 'upon', 'on'].includes(token.norm)) run.push(token);
    else break;
  }
  while (run.length > 0 && !/^\p{Lu}/u.test(run[run.length - 1].raw)) run.pop();
  return run.length > 0 ? { place: typedText(run), length: run.length } : undefined;
}

/**
 * A place told back as the person named it when they wrote another of its names with a capital ("the Azores"
 * is not told back as Ponta Delgada, "München" not as Munich); a typo or a lower-case name is told as the city.
 */
function asNamed(typed: string, city: { city: string; typo?: boolean }): string {
  // "İzmir", "Kraków": written with the letters of its own language, it is told back so, not as "Izmir".
  const ownLetters = /[^\p{ASCII}]/u.test(typed) && !/[^\p{ASCII}]/u.test(city.city);
  return city.typo !== true && /^\p{Lu}/u.test(typed) && (ownLetters || normalizeCityName(typed) !== normalizeCityName(city.city)) ? typed : city.city;
}

/**
 * A word that English lexicons list as a proper noun of its own: as typed when capitalized, else with its
 * capital put back ("bolton" is Bolton, never a typo of Boston).
 */
function isProperNoun(token: Token, context: ValueContext): boolean {
  const named = /^\p{Lu}/u.test(token.raw) ? token.raw : token.norm.charAt(0).toUpperCase() + token.norm.slice(1);
  return context.words.tags(named)?.includes('NNP') ?? false;
}

/** A word no English lexicon knows, of letters only: a name of a place or a person, not a common word. */
function unknownWord(token: Token | undefined, context: ValueContext): boolean {
  if (!token?.raw || !/^\p{L}{3,}$/u.test(token.raw) || context.lexicon.fillers.has(token.norm) || context.lexicon.notNames.has(token.norm)) return false;
  // "my home uni is TU Munich": a word a kind is labelled with ("uni") is a word of the language, not a name.
  if (context.lexicon.labelKinds.has(token.norm)) return false;
  const capital = token.norm[0].toUpperCase() + token.norm.slice(1);
  return context.words.tags(token.norm) === undefined && !(context.words.tags(capital) ?? ['NNP']).some((tag) => tag !== 'NNP') && !context.words.isDescriptive(token.norm);
}

/** Words that say where a described place is or what it is called ("a village *near* Zakopane *called* Bukowina"). */
const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);
const PLACE_LINKS = new Set(['in', 'near', 'outside', 'by', 'of']);
/** What WordNet files a place as; a thing "called" something is a place only when its noun is one of these ("a town called …", not "a band called …"). */
const PLACE_SORTS: readonly string[] = ['location', 'geographical area', 'region', 'district', 'settlement', 'municipality', 'land'];
/** Most words describing a place before its name ("a tiny fishing village"). */
const MAX_DESCRIBING_WORDS = 4;

/**
 * A place said as a description and then its name or where it is: "a small town called Kuhmo", "a tiny town in
 * Mayo called Belmullet", "small vilage near Zakopane called Bukowina", "a hostel in nairobi". The name it is
 * called wins over where it is; the words describing it are common words (or a typo of one), never a place.
 */
function describedPlace(tokens: readonly Token[], context: ValueContext): { place: string; end: number } | undefined {
  let at = 0;
  while (ARTICLES.has(tokens[at]?.norm ?? '') || tokens[at]?.norm === 'the') at++;
  // "from my time in Lyon", "since our trip to Oslo": what is someone's is no place described.
  if (POSSESSIVES.has(tokens[at]?.norm ?? '')) return undefined;
  const from = at;
  const linksPlace = (word: string) => PLACE_LINKS.has(word) || context.lexicon.calledWords.has(word);
  while (at < tokens.length && at - from < MAX_DESCRIBING_WORDS && !linksPlace(tokens[at].norm)) {
    const token = tokens[at];
    const tags = context.words.tags(token.norm);
    const describes = tags === undefined ? /^\p{Ll}+$/u.test(token.raw) : tags.some((tag) => /^(NN|NNS|JJ|VBN|VBG)$/.test(tag));
    if (!describes || (!context.lowerCase && /^\p{Lu}/u.test(token.raw)) || context.findCity(token.raw) !== undefined) return undefined;
    at++;
  }
  if (at === from || !linksPlace(tokens[at]?.norm ?? '')) return undefined;
  // "I'm in a band called Red Kite": the name given to a group or a thing is no place.
  if (context.lexicon.calledWords.has(tokens[at].norm) && !tokens.slice(from, at).some((token) => isPlaceNoun(token.norm))) return undefined;
  let found: { place: string; end: number } | undefined;
  while (linksPlace(tokens[at]?.norm ?? '')) {
    const place = placeAt(tokens.slice(at + 1), context);
    if (!place) break;
    found = { place: place.place, end: at + 1 + place.length };
    at = found.end;
  }
  return found;
}

function isPlaceNoun(word: string): boolean {
  const kinds = nounKinds().kindsOf(word);
  return PLACE_SORTS.some((sort) => kinds.has(sort));
}

/** Ages people give: "34", "71 years young", "27 yo"; nothing else may follow the number ("5 minutes late" is none). */
const AGE_MIN = 5;
const AGE_MAX = 120;

/** A whole number that is all the value says, but for its unit (`memoryNumberUnits`: "years old"). */
function readNumber(tokens: readonly Token[], lexicon: MemoryLexicon): string | undefined {
  if (tokens.length === 0 || !/^\d{1,3}$/.test(tokens[0].norm)) return undefined;
  const rest = tokens.slice(1).map((token) => token.norm);
  if (rest.length > 0 && !lexicon.numberUnits.some((unit) => unit.length === rest.length && unit.every((word, i) => rest[i] === word))) return undefined;
  const number = Number(tokens[0].norm);
  return number >= AGE_MIN && number <= AGE_MAX ? String(number) : undefined;
}

/** "July 2nd", "the 3rd of October" → "July 2"; undefined when no date is there. */
/**
 * A day of the year as the person wrote it ("14 March", "Dec 10", "april 13th" → "April 13"): their order and
 * their month word, so a British "2 Aug" is told back as "2 Aug". Numbers alone ("3/14") are written out.
 */
/** Most words a day may be said after the comma that ends what was read first ("…, *well*, March 3rd"). */
const DAY_AFTER_WORDS = 3;

/** A day of the year said after a comma right after `cut`, before the sentence ends; where it ends. */
function daySaidAfter(tokens: readonly Token[], cut: number): { value: string; end: number } | undefined {
  if (tokens[cut]?.norm !== ',') return undefined;
  const stop = tokens.findIndex((token, at) => at > cut && ['.', '!', '?', ';'].includes(token.norm));
  const end = stop < 0 ? tokens.length : stop;
  for (let from = cut + 1; from <= Math.min(end - 1, cut + DAY_AFTER_WORDS); from++) {
    const value = readDate(typedText(tokens.slice(from, end)));
    if (value && recognizeDateTime(typedText(tokens.slice(from, end)), Culture.English)[0]?.start === 0) return { value, end };
  }
  return undefined;
}

export function readDate(text: string): string | undefined {
  for (const found of recognizeDateTime(text, Culture.English)) {
    const canonical = monthDayOf(found);
    if (canonical) return asWritten(found.text, canonical) ?? canonical;
  }
  return undefined;
}

/** "March 14" for any date a person wrote ("14 March", "Dec 10", "the 3rd of October"): the form days are compared in. */
export function canonicalDate(text: string): string | undefined {
  for (const found of recognizeDateTime(text, Culture.English)) {
    const canonical = monthDayOf(found);
    if (canonical) return canonical;
  }
  return undefined;
}

function monthDayOf(found: { resolution?: { values?: unknown } }): string | undefined {
  const values = (found.resolution?.values ?? []) as Array<{ timex?: string }>;
  const match = /^(?:XXXX|\d{4})-(\d{2})-(\d{2})$/.exec(values[0]?.timex ?? '');
  return match ? `${capitalize(MONTHS[Number(match[1]) - 1])} ${Number(match[2])}` : undefined;
}

/** The recognised words in the person's order, the day without its ordinal ("the 3rd of october" → "3 October"). */
function asWritten(span: string, canonical: string): string | undefined {
  const words = span.split(/[\s,.]+/).filter(Boolean);
  const month = words.findIndex((word) => word.length >= 3 && MONTHS.some((name) => name.startsWith(word.toLowerCase().replace(/\.$/, ''))));
  const day = words.findIndex((word) => /^\d{1,2}(st|nd|rd|th)?$/i.test(word));
  if (month < 0 || day < 0) return undefined;
  const monthWord = capitalize(words[month].toLowerCase());
  const dayNumber = String(Number(/^\d+/.exec(words[day])?.[0]));
  // The written words must say the same day the recogniser read ("Sept 31" is not silently another day).
  if (!canonical.endsWith(` ${dayNumber}`)) return undefined;
  return day < month ? `${dayNumber} ${monthWord}` : `${monthWord} ${dayNumber}`;
}

function capitalize(word: string): string {
  return word[0].toUpperCase() + word.slice(1);
}

/**
 * Names from `start`: "Pepper and Salt", "Leo", "Bun, Bean and Carrot". `strong` when the context calls
 * for a name ("called", "named", "my name is"); otherwise only what looks like a name on its own. `whole`: names of
 * others, where capitalised words in a row are one name ("wife is Jia Hui"), unlike "Amara Okafor" (a surname).
 */
export function readNames(tokens: readonly Token[], start: number, strong: boolean, context: ValueContext, named = false, whole = false): { names: string[]; end: number; ages: Array<string | undefined> } {
  const names: string[] = [];
  const ages: Array<string | undefined> = [];
  let at = start;
  // "kids: Minh 5, An 2": in a list of names with ages, a capitalized word before its age is a name, whatever else it is.
  let aged = false;
  while (at < tokens.length) {
    const token = tokens[at];
    // "Mr Whiskers", "Captain Jack": a title and the name after it are one name.
    // "Sr. Lento": the title's full stop is part of it.
    const dot = context.lexicon.nameTitles.has(token.norm) && tokens[at + 1]?.norm === '.' ? 1 : 0;
    const titled = context.lexicon.nameTitles.has(token.norm) && tokens[at + 1 + dot]?.raw && isName(tokens[at + 1 + dot], true, context, true);
    if (titled) {
      names.push(`${titleCase(token.raw)}${dot ? '.' : ''} ${titleCase(tokens[at + 1 + dot].raw)}`);
      at += 2 + dot;
    } else {
      // All in lower case, "our parrot kiwi who says my name", "my sister rose she's a vet": a word that "who" or
      // "he"/"she" then points back to is someone, as a word after "called" is.
      const pointedAt = context.lowerCase && at === start && POINTING_BACK.has(tokens[at + 1]?.norm ?? '');
      if (!token.raw || !(isName(token, strong, context, named || pointedAt) || (aged && agedName(tokens, at)))) break;
      names.push(titleCase(token.raw));
      at++;
      // Someone in one's life ("wife is Jia Hui", `whole`): capitalised names typed one after the other, with nothing between, are one name.
      while (whole && /^\p{Lu}/u.test(token.raw) && /^\p{Lu}\p{Ll}/u.test(tokens[at]?.raw ?? '') && isName(tokens[at], strong, context, named)) {
        names[names.length - 1] += ` ${tokens[at].raw}`;
        at++;
      }
    }
    ages.push(tokens[at - 1].bracketed);
    // "Jayden is 12 and Aaliyah is 8", "Elif 19 and Emre 14": an age after a name is passed over, and kept as theirs.
    const age = ['is', 'aged'].includes(tokens[at]?.norm ?? '') ? at + 1 : at;
    // "Ffion (5)" then "6. Allergic to …": an age said in brackets is theirs, not a number of the list after it.
    if (ages[ages.length - 1] === undefined && /^\d{1,2}$/.test(tokens[age]?.norm ?? '') && [',', 'and', '&', undefined].includes(tokens[age + 1]?.norm)) {
      ages[ages.length - 1] = tokens[age].norm;
      at = age + 1;
    } else if (context.lexicon.ageVerbs.has(tokens[verbAfterName(tokens, at, context.lexicon)]?.norm ?? '')) {
      // "Zion just turned 1 last Tuesday", "baby Hana is 10 months", "the twins Nico and Pia are 3": the age
      // said after a verb, the names before it that have none sharing it.
      const told = ageAt(tokens, skipFillers(tokens, verbAfterName(tokens, at, context.lexicon) + 1, context.lexicon.fillers), context.lexicon);
      if (told) {
        for (let i = ages.length - 1; i >= 0 && (i === ages.length - 1 || ages[i] === undefined); i--) ages[i] = told.value;
        at = told.end;
      }
    }
    let next = at;
    while (next < tokens.length && [',', 'and', '&'].includes(tokens[next].norm)) next++;
    // "I'm Lena, nurse", "im adaeze, nurse": a word typed in lower case where capitals mark names, or a common
    // word after a comma in a message all in lower case, is no second name.
    const typedLower = tokens[next]?.raw === tokens[next]?.raw.toLowerCase();
    const afterComma = tokens[at]?.norm === ',';
    const common = context.lowerCase ? afterComma && !strong && context.words.tags(tokens[next]?.norm ?? '') !== undefined : typedLower && (afterComma || !strong);
    aged = ages[ages.length - 1] !== undefined;
    if (next === at || next >= tokens.length || common || !(isName(tokens[next], strong, context, named) || (aged && agedName(tokens, next)))) break;
    at = next;
  }
  return { names, end: at, ages };
}

/** Words right after a name that point back to it as someone ("kiwi *who* says my name"). */
const POINTING_BACK = new Set(['who', 'he', 'she']);

/** Words between a name and what is said of them: "Lena and Marisol *who* are 30", "Mateo *he* is 10" (learners' English). */
const SUBJECTS_AFTER_NAME = new Set(['who', 'he', 'she', 'they']);

/** Where the verb said of a name is: past a subject said again and fillers ("Zion *just* turned 1"). */
function verbAfterName(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): number {
  return adverbsAfter(tokens, SUBJECTS_AFTER_NAME.has(tokens[at]?.norm ?? '') ? at + 1 : at, lexicon);
}

/** Past fillers that say how or when ("Zion *just* turned 1"), but not those that join ("and", a comma). */
function adverbsAfter(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): number {
  let i = at;
  while (i < tokens.length && lexicon.fillers.has(tokens[i].norm) && !['and', 'but', 'so', 'plus', 'also'].includes(tokens[i].norm)) i++;
  return i;
}

/** A capitalized word with an age right after it that ends a piece of a list ("An 2" in "Minh 5, An 2"). */
function agedName(tokens: readonly Token[], at: number): boolean {
  return /^\p{Lu}/u.test(tokens[at]?.raw ?? '') && /^\d{1,2}$/.test(tokens[at + 1]?.norm ?? '') && [',', 'and', '&', '.', undefined].includes(tokens[at + 2]?.norm);
}

function isName(token: Token, strong: boolean, context: ValueContext, named: boolean): boolean {
  if (!token.raw || context.lexicon.notNames.has(token.norm) || context.lexicon.clauseStarts.has(token.norm)) return false;
  // "shes a vet", "hes 5": a contraction typed without its apostrophe is read as its words, never a name.
  if (token.raw.toLowerCase().replace(/’/g, "'") !== token.norm && /^(PRP|PRP\$|WP|WDT|WRB|DT|EX|MD|VB|VBZ|VBP)$/.test(context.words.tags(token.norm)?.[0] ?? '')) return false;
  // "im colombian": a people's word is where one is from, not who one is (unless it follows "called").
  if (!named && placeOfPeople(token.norm) !== undefined) return false;
  if (isLikelyName(token.raw, strong, context.words, context.lexicon.notNames, named)) return true;
  // All in lower case, capitals cannot mark a name: right after "called" or "named", a word that can be a
  // noun ("she's called rose", "a staffy called tank") is one, unless it mostly says when or how ("yesterday").
  if (!named || !context.lowerCase || !/^\p{L}[\p{L}'’-]{0,29}$/u.test(token.raw) || AUXILIARIES.has(token.norm)) return false;
  const tags = context.words.tags(token.norm);
  const proper = context.words.tags(token.norm[0].toUpperCase() + token.norm.slice(1))?.includes('NNP') ?? false;
  return tags !== undefined && !/^(RB|IN|CC|DT|PRP|TO|WDT|WP|WRB|EX|PDT|MD|CD|UH)/.test(tags[0]) && (proper || tags.some((tag) => tag.startsWith('NN')));
}

/** Verbs that join a cue to its name ("my name *is*"): never the name, when nothing follows them. */
const AUXILIARIES = new Set(['is', 'am', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did']);

function titleCase(name: string): string {
  return name === name.toLowerCase() ? name.replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase()) : name;
}

/** Whether words end with the words of a phrase said after its value ("Habs fan", "Lagos born"), with a value before them. */
function endsAsPhrase(tokens: readonly Token[], lexicon: MemoryLexicon): boolean {
  return (lexicon.cues.get('') ?? []).some((cue) => cue.after.length > 0 && cue.after.length < tokens.length && wordsAt(tokens, cue.after, tokens.length - cue.after.length));
}

/** "I love talking to you": what follows the value says it is done with the bot, so it is no fact about the person. */
function doneWithYou(tokens: readonly Token[], cut: number, lexicon: MemoryLexicon): boolean {
  return lexicon.withYou.some((phrase) => wordsAt(tokens, phrase, cut));
}

const TIME_PREPOSITIONS = new Set(['on', 'at', 'in', 'during', 'one', 'some']);

function saysWhen(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  const word = tokens[at]?.norm === 'the' ? tokens[at + 1]?.norm : tokens[at]?.norm;
  return word !== undefined && lexicon.timesOfWeek.has(word);
}

/** Where a value ends: "Dubai for five years" → before "for", "a nurse from Lisbon" → before "from". */
function cutValue(tokens: readonly Token[], lexicon: MemoryLexicon, isDate: boolean): number {
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i].norm;
    // A number ends a value ("hiking 3 times a week") unless it is part of a name ("Formula 1", "FIFA 24").
    const number = /^\d/.test(word) && !/^\p{Lu}/u.test(tokens[i - 1].raw);
    if (lexicon.valueEnds.has(word) || word === ',' || word === ':' || (!isDate && (number || MONTHS.includes(word)))) return i;
    // "tennis on weekends", "pottery in the evenings": when it is done is no part of it.
    if (TIME_PREPOSITIONS.has(word) && saysWhen(tokens, i + 1, lexicon)) return i;
  }
  return tokens.length;
}

/**
 * Drops words around a value that are not part of it: trailing fillers ("pottery lately"), adverbs
 * ("Arsenal religiously", "lactose intolerant, sadly"), and intensifiers in front ("huge football").
 */
function trimValue(tokens: readonly Token[], context: ValueContext): Token[] {
  const lexicon = context.lexicon;
  let words = tokens.filter((token) => token.norm !== "'s" || token.raw);
  // "so much to play …" cut at "to": words that only say how much are no value of their own.
  if (words.length > 0 && words.every((token) => lexicon.intensifiers.has(token.norm))) return [];
  while (words.length > 1 && lexicon.intensifiers.has(words[0].norm)) words = words.slice(1);
  const quantity = lexicon.quantities.find((phrase) => phrase.length < words.length && wordsAt(words, phrase, 0));
  if (quantity) words = words.slice(quantity.length);
  let trimmed = true;
  while (trimmed && words.length > 0) {
    trimmed = false;
    const last = words[words.length - 1].norm;
    if (words.length > 1 && last.endsWith('ly') && context.words.tags(last)?.[0] === 'RB') {
      words = words.slice(0, -1);
      trimmed = true;
      continue;
    }
    for (const trailer of lexicon.trailers) {
      if (trailer.length <= words.length && wordsAt(words, trailer, words.length - trailer.length)) {
        words = words.slice(0, words.length - trailer.length);
        trimmed = true;
        break;
      }
    }
  }
  return words;
}

/** Several words said without commas, each a member of one of `memoryListCategories` ("russian german english"). */
function listedWords(tokens: readonly Token[], lexicon: MemoryLexicon): string[] | undefined {
  if (tokens.length < 2 || lexicon.listCategories.size === 0) return undefined;
  const shared = [...lexicon.listCategories].find((category) => tokens.every((token) => categoriesOf(token.norm).includes(category)));
  return shared ? tokens.map((token) => token.raw).filter(Boolean) : undefined;
}

/** Words that say who does something, at the head of a clause: never the first word of a value. */
const SUBJECTS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'everyone', 'everybody', 'someone', 'somebody', 'nobody', 'anyone', 'anybody']);

/** "jazz, hiking and cooking" → three pieces, each with the index of its first token. */
function splitList(tokens: readonly Token[]): Array<{ piece: Token[]; from: number }> {
  const pieces: Array<{ piece: Token[]; from: number }> = [{ piece: [], from: 0 }];
  for (const [i, token] of tokens.entries()) {
    if ([',', 'and', 'or', '&', '/'].includes(token.norm)) pieces.push({ piece: [], from: i + 1 });
    else pieces[pieces.length - 1].piece.push(token);
  }
  return pieces.filter(({ piece }) => piece.length > 0);
}

/**
 * One value told whole ("my favourite film is Lost in Translation", "fish and chips, always"): up to a comma
 * or a word where values end, but "and" and the small words inside a title ("Back *to the* Future") are
 * kept; trimmed and read the kind's way.
 */
export function readWholeValue(tokens: readonly Token[], kind: FactKind, context: ValueContext): ReadValues {
  const cut = cutWholeValue(tokens, context.lexicon);
  if (doneWithYou(tokens, cut, context.lexicon)) return { values: [], rest: [] };
  const named = namedAfterDescription(tokens, cut);
  if (named) {
    const name = readOne(named.name, kind, false, false, context, true);
    if (name) return { values: [name], rest: tokens.slice(named.end) };
  }
  const value = readOne(trimValue(tokens.slice(0, cut), context), kind, false, false, context, true);
  return { values: value ? [value] : [], rest: value ? tokens.slice(cut) : [] };
}

/** Articles that open a description of something rather than its name ("*a* local group"). */
const DESCRIBING = new Set(['a', 'an']);

/**
 * "a local group, Velvet Moth": a value described in lower case and then named, in capitals, after a comma; the
 * name is the value. Only when the name runs to the end of the clause ("a local group, Velvet Moth, …").
 */
function namedAfterDescription(tokens: readonly Token[], cut: number): { name: Token[]; end: number } | undefined {
  if (!DESCRIBING.has(tokens[0]?.norm ?? '') || tokens[cut]?.norm !== ',' || !tokens.slice(1, cut).every((token) => /^\p{Ll}/u.test(token.raw))) return undefined;
  let end = cut + 1;
  while (end < tokens.length && /^\p{Lu}/u.test(tokens[end].raw)) end++;
  const closes = end === tokens.length || isPunctuation(tokens[end]);
  return end > cut + 1 && closes ? { name: tokens.slice(cut + 1, end), end } : undefined;
}

function cutWholeValue(tokens: readonly Token[], lexicon: MemoryLexicon): number {
  const capitalized = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.raw);
  for (let i = 1; i < tokens.length; i++) {
    const word = tokens[i].norm;
    if ([',', ':', ';'].includes(word)) return i;
    if (!lexicon.valueEnds.has(word) || word === 'and' || word === '&') continue;
    const inTitle = capitalized(tokens[i - 1]) && tokens.slice(i + 1, i + 3).some(capitalized);
    if (!inTitle) return i;
  }
  return tokens.length;
}
