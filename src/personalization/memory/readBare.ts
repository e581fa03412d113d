/**
 * What is said without a whole phrase, read as though it were: work named bare ("ux designer"), a name or an
 * age said first ("liam, from Galway"), a place alone ("Oslo."), a value with "too", a terse message of things.
 */

import { indexOfWords, skipFillers, wordsAt } from './clauses';
import type { FactKind, MemoryLexicon, StatementCue } from './factKinds';
import { readNames, readPlaceAfter, readValues, type ValueContext } from './readValue';
import { isPunctuation, typedText, type Token } from './tokens';
import { categoriesOf, isOccupation, isPlaceName } from './categories';
import type { CountedNoun } from './readCounts';
import { Culture, recognizeDateTime, recognizeOrdinal } from '@microsoft/recognizers-text-suite';
import type { StatedFact, MemoryReading } from './memoryReading';
import { FIRST_PERSON } from './memoryWords';
import { readStatements, MAX_PLACE_WORDS, spoken, ARTICLES } from './readStatements';

/** Verbs after a name that say something of the one named. */
const NAMED_VERBS = new Set(['is', 'was', 'has']);

/**
 * "We have two kids: Max is at college, and Ruby is 12": after people were counted in this message, a clause
 * that opens with a name and a verb is about one of them, read as "my kid Ruby is 12".
 */
export function oneOfCounted(words: Token[], counted: CountedNoun | undefined, values: ValueContext): Token[] {
  if (!counted || !values.lexicon.people.has(counted.kind) || values.lowerCase || !NAMED_VERBS.has(words[1]?.norm ?? '')) return words;
  const name = words[0];
  const known = (values.words.tags(name.norm) ?? ['NNP']).every((tag) => tag === 'NNP');
  if (!/^\p{Lu}\p{Ll}+$/u.test(name.raw) || !known || values.findCity(name.raw) !== undefined || ['called', 'named'].includes(words[2]?.norm ?? '')) return words;
  return [...spoken(['my', ...counted.detail.split(' ')]), ...words];
}

/**
 * Work said bare ("ux designer", "long haul trucker out of Columbus"), read as "I am a …": kept only when
 * it is a noun phrase WordNet (or memoryOccupations) files as work.
 */
export function bareWork(described: readonly Token[], values: ValueContext): ReturnType<typeof readStatements> | undefined {
  const work = readStatements([...spoken(['i', 'am', 'a']), ...described], values.lexicon, values);
  const said = work.facts[0]?.kind === 'job' ? work.facts[0].value : undefined;
  const job = said === undefined ? undefined : workTitle(said, values);
  return job === undefined ? undefined : { ...work, facts: [{ ...work.facts[0], value: job }, ...work.facts.slice(1)] };
}

/**
 * The work a title names, as typed: "Sales director EMEA" is a sales director (a region or team written in
 * capitals after it says where, not what); "Head of data" is work by its head word, "head".
 */
function workTitle(said: string, values: ValueContext): string | undefined {
  const words = said.split(/\s+/);
  const noun = (word: string) => /^(NN|JJ|VBG)/.test(values.words.tags(word.toLowerCase())?.[0] ?? 'NN');
  for (let end = words.length; end >= 1; end--) {
    const title = words.slice(0, end);
    const of = title.indexOf('of');
    // Only a title typed as one ("Head of data"), not "a teacher of thirty years" said in passing.
    const head = of === 1 && /^\p{Lu}/u.test(title[0]) && of < title.length - 1 && title.slice(of + 1).every(noun) ? title.slice(0, of) : title;
    if (head.every(noun) && isOccupation(head.join(' '), values.lexicon.occupations)) return title.join(' ');
    // Only a word typed in capitals after the work is left off ("EMEA", "UK").
    if (!/^\p{Lu}{2,}$/u.test(words[end - 1])) return undefined;
  }
  return undefined;
}

/** "work like software developer in startup": what follows a phrase of memoryWorkLike, when it is work. */
export function workSaidLike(tokens: readonly Token[], values: ValueContext): ReturnType<typeof readStatements> | undefined {
  for (const phrase of values.lexicon.workLike) {
    const at = indexOfWords(tokens, phrase);
    if (at < 0) continue;
    let from = at + phrase.length;
    if (ARTICLES.has(tokens[from]?.norm ?? '')) from++;
    const comma = tokens.findIndex((token, i) => i >= from && token.norm === ',');
    const rest = tokens.slice(from, comma < 0 ? tokens.length : comma);
    return rest.length > 0 ? bareWork(rest, values) : undefined;
  }
  return undefined;
}

/** What follows "I am" or "I was" (anywhere in the clause, after a place: "In Iran I was …"), when no article does. */
export function afterIAm(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  const at = tokens.findIndex((token, i) => token.norm === 'i' && ['am', 'was'].includes(tokens[i + 1]?.norm ?? ''));
  if (at < 0) return undefined;
  const rest = tokens.slice(skipFillers(tokens, at + 2, lexicon.fillers));
  return rest.length > 0 && !['a', 'an', 'the', 'not', 'from', 'in', 'at', 'on', 'into', 'so', 'very', 'too'].includes(rest[0].norm) ? rest : undefined;
}

/** "… here in Guadalajara": a phrase of memoryPlaceHere anywhere in a clause, before a place a list or WordNet knows. */
export function placeSaidHere(tokens: readonly Token[], values: ValueContext): StatedFact | undefined {
  for (const { words, kind } of values.lexicon.placeHere) {
    const at = indexOfWords(tokens, words);
    if (at < 0 || !values.lexicon.kinds.has(kind)) continue;
    const place = readPlaceAfter(tokens.slice(at + words.length), values);
    const city = place === undefined ? undefined : values.findCity(place);
    if (place && ((city !== undefined && city.typo !== true) || isPlaceName(place))) return { kind, value: city?.city ?? place };
  }
  return undefined;
}

/** Words that add a value to what was just said ("browns *too*"). */
const TOO = [['too'], ['as', 'well'], ['also']];

/** Most words of a value said with "too". */
const MAX_TOO_WORDS = 3;

/**
 * "big buckeyes fan. browns too", "I love jazz. blues as well": a few words and "too" (up to a comma), after
 * a statement, are read with that statement's phrase ("browns fan", "i love blues").
 */
export function alsoSaid(tokens: readonly Token[], cue: StatementCue, lexicon: MemoryLexicon): Token[] | undefined {
  const comma = tokens.findIndex((token) => token.norm === ',');
  let piece = comma < 0 ? tokens : tokens.slice(0, comma);
  // "Red Sox too lol": fillers after it say nothing.
  while (piece.length > 1 && lexicon.fillers.has(piece[piece.length - 1].norm) && !TOO.some((words) => words.length === 1 && words[0] === piece[piece.length - 1].norm)) piece = piece.slice(0, -1);
  const ending = TOO.find((words) => words.length < piece.length && wordsAt(piece, words, piece.length - words.length));
  if (!ending) return undefined;
  const value = piece.slice(0, piece.length - ending.length);
  if (value.length > MAX_TOO_WORDS || value.some((token) => FIRST_PERSON.has(token.norm) || isPunctuation(token))) return undefined;
  const lead = cue.subjectless ? [...(cue.subject ?? []), ...cue.before] : cue.before;
  return [...spoken(lead), ...value, ...spoken(cue.after)];
}

/** "its Valencia", "it's Porto actually": a place said alone after "it is", and nothing else but fillers. */
export function placeSetRight(tokens: readonly Token[], values: ValueContext): string | undefined {
  const lead = [['it', 'is'], ['its'], ['it', 'was']].find((words) => wordsAt(tokens, words, 0));
  if (!lead) return undefined;
  const at = skipFillers(tokens, lead.length, values.lexicon.fillers);
  const place = readPlaceAfter(tokens.slice(at), values);
  const end = skipFillers(tokens, at + (place?.split(/\s+/).length ?? 0), values.lexicon.fillers);
  return place && end >= tokens.length && (values.findCity(place) !== undefined || isPlaceName(place)) ? place : undefined;
}

/** Words that only point at the value said in place of another ("*it's* Lagaan", "*she's* Nala", "*the* 21st of March"). */
const SET_RIGHT_POINTERS = [['it', 'is'], ['it', 'was'], ['its'], ['that', 'is'], ['she', 'is'], ['he', 'is'], ['they', 'are'], ['the']];
/** Most words of a value said alone in place of another. */
const MAX_SET_RIGHT_WORDS = 5;

/**
 * "actually no, it's Lagaan", "oops no, the 21st of March", "correction: pescatarian, I still eat fish": a value
 * alone (up to a comma, fillers after it) said in place of one told, read as `kind` would read it.
 */
export function valueSetRight(tokens: readonly Token[], kind: FactKind | undefined, values: ValueContext): string | undefined {
  if (!kind) return undefined;
  // "no wait, her name is Luna", "jk it's called Pip": what names the thing just said points at it too.
  const pointer = [...values.lexicon.namings, ...SET_RIGHT_POINTERS].find((words) => wordsAt(tokens, words, 0));
  const at = skipFillers(tokens, pointer?.length ?? 0, values.lexicon.fillers);
  const comma = tokens.findIndex((token, i) => i > at && token.norm === ',');
  const piece = tokens.slice(at, comma < 0 ? tokens.length : comma).filter((token) => !isPunctuation(token));
  while (piece.length > 1 && values.lexicon.fillers.has(piece[piece.length - 1].norm)) piece.pop();
  if (piece.length === 0 || piece.length > MAX_SET_RIGHT_WORDS || piece.some((token) => FIRST_PERSON.has(token.norm))) return undefined;
  // "Sorry, correction: the 28 goes …": the words that open a setting right are no value of it.
  if (piece.every((token) => setRightWords(values.lexicon).has(token.norm))) return undefined;
  // "well, was.": a word said mostly as a verb says how things were, not what.
  if (piece.length === 1 && /^(VB|MD)/.test(values.words.tags(piece[0].norm)?.[0] ?? 'NN')) return undefined;
  // "got the sous chef job, start on the 14th, no wait, the 12th": a day sets right a day said, never work or a name.
  if (!['date', 'number'].includes(kind.definition.value) && saysWhen(piece) && !(kind.definition.values ?? []).includes(typedText(piece).toLowerCase())) return undefined;
  // Kept whole for a date ("the 21st of March"), as the kind reads it otherwise.
  const said = kind.definition.value === 'date' && pointer?.[0] === 'the' ? [...spoken(['the']), ...piece] : piece;
  const read = readValues(said, kind, false, false, values);
  // A place as typed, not one it is near to ("vegan" is no typo of Las Vegas here).
  if (kind.definition.value === 'place' && read.values[0]?.toLowerCase() !== typedText(piece).toLowerCase()) return undefined;
  return read.values.length === 1 && read.rest.length === 0 ? read.values[0] : undefined;
}

const setRightWordsOf = new WeakMap<MemoryLexicon, Set<string>>();

/** Every word of the phrases that open or mark a setting right ("sorry", "oops", "correction", "wait"). */
function setRightWords(lexicon: MemoryLexicon): Set<string> {
  let words = setRightWordsOf.get(lexicon);
  if (!words) {
    words = new Set([...lexicon.retractions, ...lexicon.setRightOpeners, ...lexicon.correctionOpeners, ...lexicon.latestOpeners].flat().filter((word) => /^\p{L}+$/u.test(word)));
    setRightWordsOf.set(lexicon, words);
  }
  return words;
}

/** Whether the words are all a date, a time or a day of the month ("the 3rd of May", "6pm", "the 12th"), as the recognizers read them. */
function saysWhen(piece: readonly Token[]): boolean {
  const text = typedText(piece.filter((token) => !ARTICLES.has(token.norm)));
  const whole = (found: { start: number; end: number }) => found.start === 0 && found.end >= text.length - 1;
  // A season or a stretch of time ("winter", daterange) may be a value of its own (a favourite season).
  const day = (found: { start: number; end: number; typeName: string }) => whole(found) && /\.(date|time|datetime)$/.test(found.typeName);
  return recognizeDateTime(text, Culture.English).some(day) || recognizeOrdinal(text, Culture.English).some(whole);
}

const TERSE_JOINS = new Set([',', '+', '&', 'and', '.', '/', ';', 'n']);

const MAX_TERSE_WORDS = 3;

/**
 * A terse message of nothing but things one is ("Oslo.", "cork", "hurling", "climbing + cello"): a known
 * city alone is home, a pastime WordNet files under `memoryTerseCategories` is played or liked. Every piece
 * must be one, or nothing is read ("pizza", "help", "insurance" say nothing about the person).
 */
export function terseFacts(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact[] {
  const pieces: Token[][] = [[]];
  for (const token of tokens) {
    if (TERSE_JOINS.has(token.norm) || isPunctuation(token)) pieces.push([]);
    else pieces[pieces.length - 1].push(token);
  }
  const said = pieces.filter((piece) => piece.length > 0);
  if (said.length === 0 || said.length > MAX_TERSE_WORDS || said.some((piece) => piece.length > MAX_TERSE_WORDS)) return [];
  const facts: StatedFact[] = [];
  for (const piece of said) {
    const place = said.length === 1 ? placeSaidAlone(piece, lexicon, values) : undefined;
    const typed = typedText(piece);
    // Nouns only ("ice hockey", "skiing"), not a request ("repeat this song", "play previous episode").
    const nouns = piece.every((token) => /^(NN|NNS|NNP|VBG|JJ)$/.test(values.words.tags(token.norm)?.[0] ?? 'NN'));
    const pastime = !place && nouns && categoriesOf(typed).some((category) => lexicon.terseCategories.has(category));
    // Read as one says it: "I play cello" is an instrument, "I love cross-country skiing" a like.
    const read = place ? [place] : pastime ? [['i', 'play'], ['i', 'love']].map((verb) => readStatements([...spoken(verb), ...piece], lexicon, values).facts).find((found) => found.length > 0) : undefined;
    if (!read || read.length === 0) return [];
    facts.push(...read);
  }
  return facts;
}

/** A known city said alone (up to its punctuation), as the kind a place alone is (memoryPlaceAlone). */
export function placeSaidAlone(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  const words = tokens.filter((token) => !isPunctuation(token));
  if (!lexicon.placeAlone || words.length === 0 || words.length > MAX_PLACE_WORDS) return undefined;
  const typed = typedText(words);
  const city = values.findCity(typed);
  if (city && city.typo !== true) return { kind: lexicon.placeAlone, value: city.city };
  // A place WordNet knows ("Galway"), written as a name.
  return words.every((token) => /^\p{Lu}/u.test(token.raw)) && isPlaceName(typed) ? { kind: lexicon.placeAlone, value: typed } : undefined;
}

/**
 * A clause that is only a known place ("osaka", "in atlanta"), in a message whose other clauses told who the
 * person is: where they live, unless the message already said where (or where from).
 */
export function placeInList(unread: readonly Token[][], reading: MemoryReading, lexicon: MemoryLexicon, values: ValueContext): StatedFact | undefined {
  if (reading.facts.some((fact) => lexicon.kinds.get(fact.kind)?.definition.value === 'place')) return undefined;
  const places = unread.map((words) => placeSaidAlone(words[0]?.norm === 'in' ? words.slice(1) : words, lexicon, values)).filter((place) => place !== undefined);
  return places.length === 1 ? places[0] : undefined;
}

/** "Ines, 41, architect": a name, an age and more, as one says "I'm Ines, 41, architect" (not "Paris, 2019", nor
 * "Hamlet, 40 nights"). */
export function introduces(tokens: readonly Token[], values: ValueContext): boolean {
  // "Kwame Asante, 62, …": a first name and a family name too.
  const comma = tokens[1]?.norm === ',' ? 1 : tokens[2]?.norm === ',' ? 2 : -1;
  if (comma < 0 || !/^\d{1,2}$/.test(tokens[comma + 1]?.norm ?? '')) return false;
  const name = tokens.slice(0, comma);
  return name.every((token) => /^\p{Lu}/u.test(token.raw)) && values.findCity(typedText(name)) === undefined && !(name.length === 1 && workNotName(name[0], values)) && !countOfThings(tokens.slice(comma + 1), values);
}

/**
 * "Tigrinya, English, bit of Italian": a word listed before two words of a category people list as values (languages)
 * is one of them, not a name.
 */
function listedWith(rest: readonly Token[], values: ValueContext): boolean {
  // Each a value of its own, not a word of another ("English teacher").
  const listed = rest.filter((token, i) => [',', 'and', '&', '.', undefined].includes(rest[i + 1]?.norm) && categoriesOf(token.norm).some((category) => values.lexicon.listCategories.has(category)));
  return listed.length >= 2;
}

/**
 * "Paramedic, 12 years": work WordNet knows that the tagger does not is work said bare, as "Nurse, 12 years"
 * is; a name that is work too ("Mason, 34") is tagged as a name.
 */
function workNotName(token: Token, values: ValueContext): boolean {
  return isOccupation(token.norm, values.lexicon.occupations) && !(values.words.tags(titleCased(token.norm))?.includes('NNP') ?? false);
}

/**
 * A clause opened by a lone name or an age and a comma ("liam, from Galway", "17, from Melbourne"): the
 * name, if any, and what follows the comma. Not a city ("Paris, 2019") nor a word the lexicon knows ("yes, from …").
 */
export function afterBareIntroduction(tokens: readonly Token[], values: ValueContext): { name?: string; rest: Token[] } | undefined {
  // "sana from fukuoka": a lone name and where one is from.
  if (tokens.length >= 3 && tokens[1].norm === 'from') {
    const name = readNames(tokens, 0, true, values);
    // Not "sana from fukuoka is my friend": nothing said of someone else may follow.
    const saysMore = tokens.slice(2).some((token) => FIRST_PERSON.has(token.norm) || /^(VBZ|VBP|VBD|MD)$/.test(values.words.tags(token.norm)?.[0] ?? ''));
    return name.names.length === 1 && name.end === 1 && !saysMore && values.findCity(tokens[0].raw) === undefined ? { name: name.names[0], rest: tokens.slice(1) } : undefined;
  }
  // "55 and a proud abuela": an age, and more.
  if (tokens.length >= 3 && tokens[1].norm === 'and' && /^\d{1,2}$/.test(tokens[0].norm)) return { rest: [...tokens] };
  // "Fatima Zahra, freelance translator": a first name and a family name, both capitalized; the first is kept.
  // "Joost de Vries, 44, …": small words of a family name may come between ("de", "van der").
  let surname = 1;
  while (surname < 3 && values.lexicon.nameParticles.has(tokens[surname]?.raw ?? '')) surname++;
  const family = tokens.length >= surname + 3 && tokens[surname + 1].norm === ',' && [tokens[0], tokens[surname]].every((token) => /^\p{Lu}\p{Ll}+$/u.test(token.raw) && values.words.tags(token.norm) === undefined);
  if (family && values.findCity(typedText(tokens.slice(0, surname + 1))) === undefined) {
    const first = readNames(tokens.slice(0, 1), 0, true, values);
    if (first.names.length === 1 && readNames(tokens.slice(surname, surname + 1), 0, true, values).names.length === 1) return { name: first.names[0], rest: tokens.slice(surname + 2) };
  }
  if (tokens.length < 3 || tokens[1].norm !== ',') return undefined;
  if (/^\d{1,2}$/.test(tokens[0].norm)) return { rest: [...tokens] };
  // A word the lexicon knows only as a name may open too, capitalized ("Liam, nurse"), never a day ("Monday, …").
  const tags = values.words.tags(tokens[0].norm);
  const knownName = tags !== undefined && tags.every((tag) => tag === 'NNP') && /^\p{Lu}/u.test(tokens[0].raw) && recognizeDateTime(tokens[0].raw, Culture.English).length === 0;
  if (values.findCity(tokens[0].raw) !== undefined || (tags !== undefined && !knownName)) return undefined;
  if (workNotName(tokens[0], values) || listedWith(tokens.slice(2), values) || placeThenWhen(tokens) || countOfThings(tokens.slice(2), values)) return undefined;
  const name = readNames(tokens.slice(0, 1), 0, true, values);
  return name.names.length === 1 ? { name: name.names[0], rest: tokens.slice(2) } : undefined;
}

/**
 * "Hamlet, 40 nights", "Cinderella, 62 shows": a number and the things it counts after a word said bare tell of a
 * show, a run or a trip, not of a person and their age ("Liam, 34", "Jo, 29 years old", "Priya, 3 kids" still
 * introduce).
 */
function countOfThings(rest: readonly Token[], values: ValueContext): boolean {
  if (rest.length < 2 || !/^\d+$/.test(rest[0].norm)) return false;
  if (values.lexicon.numberUnits.some((unit) => wordsAt(rest, unit, 1))) return false;
  // "Priya, 3 kids and a dog": the people and animals a person has still follow their name.
  if (values.lexicon.nouns.has(rest[1].norm)) return false;
  return values.words.tags(rest[1].norm)?.includes('NNS') === true;
}

/**
 * "Corsica, ten days in June": a place WordNet knows, then a time or a stretch of time, tells of a trip,
 * not of a person named so ("Florence, 34, nurse" still introduces Florence).
 */
function placeThenWhen(tokens: readonly Token[]): boolean {
  if (!isPlaceName(tokens[0].raw)) return false;
  const rest = tokens.slice(2);
  const comma = rest.findIndex((token) => token.norm === ',');
  const text = typedText(comma < 0 ? rest : rest.slice(0, comma));
  return recognizeDateTime(text, Culture.English).some((found) => found.start === 0);
}

function titleCased(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
