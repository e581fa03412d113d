/**
 * Statements about oneself: the best `say` phrase (or name phrase) at the start of a clause, its value, and
 * what the rest of the clause goes on to say ("I'm Lena, 34, graphic designer"); kinds read in passing.
 */

import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { indexOfWords, matchWords, skipFillers, spanEnd, wordsAt } from './clauses';
import type { FactKind, MemoryLexicon, StatementCue } from './factKinds';
import { readNames, readPlaceAfter, readValues, type ValueContext } from './readValue';
import { detailStatements } from './readDetail';
import { isPunctuation, typedText, type Token } from './tokens';
import { isOccupation, isPlaceName, namesNoWork } from './categories';
import { isQuantityAt } from './readAge';
import { namesPlace, runsNoBusiness } from './readWork';
import { isNotOfKind } from './notOfKind';
import type { StatedFact } from './memoryReading';
import { FIRST_PERSON, NAMING_WORDS, WORK_KINDS } from './memoryWords';

/** Words of a name cue that point at something other than the speaker ("*it* is Tom"). */
const NOT_SELF = new Set(['it', 'its', 'this', 'that']);

/** Units of a span of time said before a statement ("since three *years*"). */
const TIME_UNITS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'decade', 'decades', 'yrs']);

/**
 * Where a clause's statement begins: past fillers ("well, so"), unless a filler starts a phrase of its own
 * ("*now* in Leeds", "*currently* based in Oslo").
 */
export function statementStart(tokens: readonly Token[], lexicon: MemoryLexicon): number {
  let at = 0;
  while (at < tokens.length && (lexicon.fillers.has(tokens[at].norm) || tokens[at].norm === ',')) {
    const word = tokens[at].norm;
    if ((lexicon.cues.get(word) ?? []).some((cue) => cue.before.length > 1 && matchWords(tokens, at, cue.before, lexicon.fillers) > 0)) return at;
    at++;
  }
  // "wait i moved to kobe", "actualy, I'm 35": a word that opens a setting right, or a filler mistyped, before "I".
  let next = at;
  for (let skipped = 0; skipped < MAX_OPENERS && next < tokens.length && opensSaying(tokens[next].norm, lexicon); skipped++) next = tokens[next + 1]?.norm === ',' ? next + 2 : next + 1;
  return next > at && SPEAKERS.has(tokens[next]?.norm ?? '') ? next : at;
}

/** Words that open what the person says of themselves ("wait *we* moved …"). */
const SPEAKERS = new Set([...FIRST_PERSON, 'we', 'our']);
/** Most words read past as opening what is said before "I" ("actualy wait i …"). */
const MAX_OPENERS = 2;
/** Fillers at least this long are known mistyped by one letter ("actualy", "honsetly" is two). */
const TYPO_LETTERS = 5;

/** A word that only opens what is said: a setting right or take-back of one word ("wait ,", "sorry ,", "jk"), or a filler with one letter wrong. */
function opensSaying(word: string, lexicon: MemoryLexicon): boolean {
  if (!/^\p{L}+$/u.test(word)) return false;
  const opener = (phrase: readonly string[]) => phrase[0] === word && (phrase.length === 1 || phrase[1] === ',');
  if (lexicon.setRightOpeners.some(opener) || lexicon.retractions.some((phrase) => phrase.length === 1 && phrase[0] === word)) return true;
  return word.length >= TYPO_LETTERS && [...lexicon.fillers].some((filler) => filler.length >= TYPO_LETTERS && oneEditApart(word, filler));
}

/** Whether two different words are one letter added, dropped or changed apart. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** After "these days", "at the moment" or "last year" (and a comma) at `start`: where the statement begins. */
export function skipLeadIns(tokens: readonly Token[], start: number, lexicon: MemoryLexicon): number {
  // "since three years I am working …", "for 20 years now I've lived …": a span of time said first.
  if (['since', 'for'].includes(tokens[start]?.norm ?? '')) {
    const unit = tokens.findIndex((token, i) => i > start && i <= start + 3 && TIME_UNITS.has(token.norm));
    if (unit > 0 && unit + 1 < tokens.length) return skipLeadIns(tokens, skipFillers(tokens, unit + 1, lexicon.fillers), lexicon);
    const span = spanEnd(tokens, start + 1, lexicon.spans);
    if (span > start && span < tokens.length) return skipLeadIns(tokens, skipFillers(tokens, span, lexicon.fillers), lexicon);
  }
  // "5 years sober", "ten years vegetarian now": a span of time first, then what it is (not "3 years ago …").
  const span = spanEnd(tokens, start, lexicon.spans);
  const age = lexicon.numberUnits.some((unit) => unit.length > 1 && wordsAt(tokens, unit, start + 1));
  if (span > start && span < tokens.length && !age && tokens[span].norm !== 'ago' && !PREPOSITIONS.has(tokens[span].norm)) return skipLeadIns(tokens, skipFillers(tokens, span, lexicon.fillers), lexicon);
  for (const phrase of lexicon.leadIns) {
    const end = matchWords(tokens, start, phrase, lexicon.fillers);
    // Not the subject of what follows: "here *is* my dog Rex".
    if (end > 0 && end < tokens.length && !LINKING.has(tokens[end].norm)) return skipLeadIns(tokens, skipFillers(tokens, end, lexicon.fillers), lexicon);
  }
  return start;
}

/** What one phrase read at the start of a clause: a name or facts, and the words after its value. */
interface Statement {
  name?: string;
  facts: StatedFact[];
  /** Words after where the value ended ("from Lisbon" in "I'm a nurse from Lisbon"), read on as a statement. */
  rest: Token[];
  /** The words the statement began with, for the rest to lean on ("moved to" → "moved from"; "I am"). */
  lead: string[];
  /** The phrase that read its facts, for a value said after it with "too" ("big buckeyes fan. browns too"). */
  cue?: StatementCue;
  /** Its fact says more of the previous one and takes its place ("a startup" → "a startup in Bangalore"). */
  replaces?: boolean;
  /** Its name holds only if the rest states facts ("im mei, from taipei", not "im home, finally"). */
  tentative?: boolean;
  /** Its name was given by a phrase that only gives names ("call me", "my name is"), not "I'm". */
  namedOutright?: boolean;
  /** The family name said after the name ("I'm Kenji Watanabe"). */
  familyName?: string;
  /** Its name was said without a person ("it's Jo"), which introduces only when said first. */
  saidOfIt?: boolean;
}

const NOTHING: Statement = { facts: [], rest: [], lead: [] };

/** Verbs that make the words before them a subject ("here *is* …"), not a lead-in. */
const LINKING = new Set(['is', 'are', 'was', 'were', "'s"]);

const PREPOSITIONS = new Set(['in', 'from', 'at', 'to', 'on', 'near', 'outside', 'as', 'for']);

const SUBJECT_PREFIXES = [['i', 'am'], ['i', 'was'], ['i']];

const MAX_CONTINUATIONS = 4;

/**
 * A statement and what its rest says too: "I'm Lena, 34, graphic designer" is a name and a job, "a nurse
 * from Lisbon" a job and where one is from, "moved to Leeds from Birmingham" a home and a past one.
 */
export function readStatements(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): { name?: string; namedOutright?: boolean; familyName?: string; saidOfIt?: boolean; facts: StatedFact[]; cue?: StatementCue } {
  const read: { name?: string; namedOutright?: boolean; familyName?: string; saidOfIt?: boolean; facts: StatedFact[]; cue?: StatementCue } = { facts: [] };
  let statement = readStatement(tokens, lexicon, values);
  if (statement.cue && statement.facts.length > 0) read.cue = statement.cue;
  if (statement.namedOutright) read.namedOutright = true;
  if (statement.saidOfIt) read.saidOfIt = true;
  const tentative = statement.tentative === true;
  const fromPeoplesWord = new Set<StatedFact>();
  for (let step = 0; step <= MAX_CONTINUATIONS; step++) {
    read.name ??= statement.name;
    if (read.name === statement.name) read.familyName ??= statement.familyName;
    if (statement.replaces) read.facts.pop();
    // What is read on cannot give a one-value kind a second value ("a nurse, mostly night shifts" stays a nurse).
    const onceOnly = (fact: StatedFact) => step > 0 && !statement.replaces && lexicon.kinds.get(fact.kind)?.definition.many !== true && read.facts.some((known) => known.kind === fact.kind);
    // "I am ghanaian from Kumasi": a place after a people's word says where in that country ("Kumasi, Ghana").
    for (const fact of statement.facts.filter(onceOnly)) {
      const at = read.facts.findIndex((known) => known.kind === fact.kind && fromPeoplesWord.has(known));
      if (at >= 0 && lexicon.kinds.get(fact.kind)?.definition.value === 'place') read.facts[at] = { ...read.facts[at], value: `${fact.value}, ${read.facts[at].value}` };
    }
    if (step === 0 && statement.cue?.known) for (const fact of statement.facts) fromPeoplesWord.add(fact);
    read.facts.push(...statement.facts.filter((fact) => !onceOnly(fact)));
    if (statement.rest.length === 0) break;
    statement = readContinuation(statement, lexicon, values);
  }
  if (tentative && read.facts.length === 0) return { facts: [] };
  return read;
}

/**
 * The rest of a statement, read as the statement's own phrase with another preposition ("moved to X
 * from Y" → "moved from Y"), as a statement of its own ("originally from X"), or with the statement's
 * subject in front ("34, graphic designer" after "I'm Lena" → "I am a graphic designer").
 */
function readContinuation(statement: Statement, lexicon: MemoryLexicon, values: ValueContext): Statement {
  let rest = statement.rest;
  while (rest.length > 0 && (rest[0].norm === ',' || rest[0].norm === 'and' || lexicon.fillers.has(rest[0].norm))) rest = rest.slice(1);
  if (rest.length === 0) return NOTHING;
  // "based in johannesburg these days, grew up in durban": a phrase of time between the two says nothing.
  const afterTime = skipLeadIns(rest, 0, lexicon);
  if (afterTime > 0) rest = rest.slice(afterTime);
  // "moved to Montréal in 2019 for my PhD": a year says when, and what follows is read on.
  if (['in', 'since'].includes(rest[0]?.norm ?? '') && /^(19|20)\d\d$/.test(rest[1]?.norm ?? '') && rest.length > 2) rest = rest.slice(skipFillers(rest, 2, lexicon.fillers));
  // "… for 6 years now": nothing but the time was left.
  if (rest.length === 0) return NOTHING;
  // "married to Jess, she's a GP": what follows a pronoun is said of someone else, never read on as one's own.
  if (THIRD_PERSON.has(rest[0].norm)) return NOTHING;
  const lead = statement.lead;
  // After a comma a new piece may start ("…, graphic designer"); otherwise only a place goes on ("in Pune").
  const afterComma = statement.rest[0]?.norm === ',';
  // An age ("I'm Lena, 34, designer", "retired postman, 71 years young"), read as "I am 34"; then on.
  // Not after a label ("bike: honda wave, 10 yrs old"): the number is about what was labelled.
  if (/^\d+$/.test(rest[0].norm) && lead.at(-1) !== ':') {
    // "Jen, 5 mins from the station", "Raj, 35 hours a week at the shop": a number that counts or measures is no age.
    if (isQuantityAt(rest, 0, lexicon, values.words)) return NOTHING;
    // "Isla, 14 - my mum said …": the age is the number and its unit, what follows is something else.
    const unit = lexicon.numberUnits.find((words) => wordsAt(rest, words, 1))?.length ?? 0;
    const ends = rest.findIndex((token, i) => token.norm === ',' || (i > unit && !lexicon.fillers.has(token.norm)));
    const comma = ends < 0 || rest[ends].norm === ',' ? ends : -1;
    if (ends > 0 && rest[ends].norm !== ',') return { facts: readStatement([...spoken(['i', 'am']), ...rest.slice(0, ends)], lexicon, values).facts, rest: [], lead };
    const age = readStatement([...spoken(['i', 'am']), ...(comma < 0 ? rest : rest.slice(0, comma))], lexicon, values);
    return { facts: age.facts, rest: comma < 0 ? [] : rest.slice(comma), lead: SUBJECT_PREFIXES.some((prefix) => prefix.every((word, i) => lead[i] === word)) ? lead : ['i', 'am'] };
  }
  // "chloe, 36, ER doctor, Brisbane": a known city alone between commas is where one lives (memoryPlaceAlone).
  const piece = pieceOf(rest);
  const city = afterComma && lexicon.placeAlone && piece.length <= MAX_PLACE_WORDS ? values.findCity(typedText(piece)) : undefined;
  if (city && lexicon.placeAlone) return { facts: [{ kind: lexicon.placeAlone, value: city.city }], rest: rest.slice(piece.length), lead };
  const last = statement.facts.at(-1);
  // "from Zahlé in Lebanon": a place WordNet or the city list knows, after a place, says where that place is.
  if (last && lexicon.kinds.get(last.kind)?.definition.value === 'place' && rest[0].norm === 'in') {
    const place = readPlaceAfter(rest.slice(1), values);
    const comma = rest.findIndex((token) => token.norm === ',');
    const city = place === undefined ? undefined : values.findCity(place);
    const known = place !== undefined && (isPlaceName(place) || (city !== undefined && city.typo !== true));
    if (place && known) return { facts: [{ ...last, value: `${last.value}, ${place}` }], rest: comma > 0 ? rest.slice(comma) : [], lead, replaces: true };
  }
  // "I live in Seoul, Mapo-gu": after a place and a comma, a district (capitalized, of a hyphenated name) or a
  // place WordNet knows ("Lyon, France") says where in it.
  const district = piece.length <= 2 && !values.lowerCase && piece.every((token) => /^\p{Lu}/u.test(token.raw)) ? typedText(piece) : undefined;
  if (afterComma && last && lexicon.kinds.get(last.kind)?.definition.value === 'place' && district && (district.includes('-') || isPlaceName(district)) && values.findCity(district) === undefined) {
    return { facts: [{ ...last, value: `${last.value}, ${district}` }], rest: rest.slice(piece.length), lead, replaces: true };
  }
  // "a startup in Bangalore": a place after a value of a kind that is somewhere (memoryLocated) belongs to it.
  if (last && lexicon.located.has(last.kind) && rest[0].norm === 'in') {
    const place = readPlaceAfter(rest.slice(1), values);
    // "at infosys in pune, from chennai": what follows a comma is read on.
    const comma = rest.findIndex((token) => token.norm === ',');
    if (place) return { facts: [{ ...last, value: `${last.value} in ${place}` }], rest: comma > 0 ? rest.slice(comma) : [], lead, replaces: true };
  }
  // "a data analyst in Pune": a city right after work is where one lives (memoryCityAfter).
  // Not after work told in the past ("I taught history for 35 years in Dayton"): that city may be left behind.
  const past = lead.some((word) => told(values.words.tags(word)));
  const cityKind = last && !past ? lexicon.cityAfter.get(last.kind) : undefined;
  if (cityKind && rest[0].norm === 'in') {
    // A place the bot does not list is read as one when capitalized ("a corner shop in Leicester").
    const listed = values.findCity(typedText(rest.slice(1, 4))) ?? values.findCity(typedText(rest.slice(1, 3))) ?? values.findCity(typedText(rest.slice(1, 2)));
    // Only near a listed city's name ("bolton", "Pariss"): read as a place is, a proper noun kept as typed.
    const known = listed?.typo === true ? (readPlaceAfter(rest.slice(1), values) ?? listed.city) : listed?.city;
    // "a data scientist in Zalando": a name no list holds may as well be where the work is done, read as
    // the kind's continuation ("i work at Zalando"); "where do I live?" falls back to it.
    const then = last ? lexicon.continuations.get(last.kind) : undefined;
    const there = !known && then && !isPlaceName(typedText(rest.slice(1, 2))) ? readStatement([...spoken([...then, 'at']), ...rest.slice(1)], lexicon, values) : undefined;
    if (there && there.facts.length > 0) return { ...there, name: undefined, lead };
    const city = known ?? readPlaceAfter(rest.slice(1), values);
    if (city) return { facts: [{ kind: cityKind, value: city }], rest: [], lead };
  }
  const then = last ? lexicon.continuations.get(last.kind) : undefined;
  const attempts: Token[][] = [];
  // "a software dev at a startup": what follows a job is where it is done ("I work at a startup").
  // "turning 30 on December 12th": a day after an age is a birthday ("age => my birthday is").
  if (then && (namesPlace(rest) || rest[0].norm === 'on')) attempts.push([...spoken(then), ...rest]);
  const preposition = PREPOSITIONS.has(rest[0].norm);
  // "moved to Leeds from Birmingham" → "moved from Birmingham"; "work as a developer at Shopify" → "work at Shopify".
  const leadEnd = lead.length - 1 - [...lead].reverse().findIndex((word) => PREPOSITIONS.has(word) || word === 'as');
  if (preposition && leadEnd > 0 && leadEnd < lead.length) attempts.push([...spoken(lead.slice(0, leadEnd)), ...rest]);
  attempts.push(rest);
  // "most of my life in Birmingham, where I worked as a midwife": a statement of its own after the place.
  if (rest[0].norm === 'where' && ['i', 'we'].includes(rest[1]?.norm ?? '')) attempts.push(rest.slice(1));
  const subject = SUBJECT_PREFIXES.find((prefix) => prefix.every((word, i) => lead[i] === word));
  // After "and" a second verb shares the subject: "I grew up in Lagos and now live in Manchester", "I'm
  // vegan and allergic to peanuts".
  const coordinated = statement.rest[0]?.norm === 'and';
  if (subject && (preposition || afterComma || coordinated)) attempts.push([...spoken(subject), ...rest]);
  const asWork = subject && subject[1] === 'am' && afterComma && !preposition ? [...spoken(['i', 'am', 'a']), ...rest] : undefined;
  if (asWork) attempts.push(asWork);
  // "I'm from Stockholm, live in London now": another verb, the same "I".
  if (subject && subject.length > 1 && (afterComma || coordinated) && !preposition) attempts.push([...spoken(['i']), ...rest]);
  for (const attempt of attempts) {
    const read = readStatement(attempt, lexicon, values);
    // "I'm Lena, 34, graphic designer" is work; "I'm diabetic, type 2" is not: a bare noun after a comma is
    // work only when WordNet files it as such.
    if (attempt === asWork && !read.facts.every((fact) => fact.kind !== 'job' || isOccupation(fact.value, lexicon.occupations))) continue;
    // Only facts: a name is said once, at the start ("I'm Ines, 41, architect" is not also "I am Architect").
    if (read.facts.length > 0) return { ...read, name: undefined };
  }
  // "Site foreman, commercial construction, Dublin": a short piece that says nothing kept is passed over.
  // "I play rugby at the weekends, Leinster fan": so is a phrase of time or place after the value.
  if ((afterComma || preposition) && piece.length <= MAX_SKIPPED_WORDS && piece.length < rest.length) return readContinuation({ ...statement, facts: [], rest: rest.slice(piece.length) }, lexicon, values);
  return NOTHING;
}

/** Whether a word is a verb of the past ("taught", "was", "worked"), not one that only may be ("in", "been"). */
function told(tags: readonly string[] | undefined): boolean {
  return tags !== undefined && (tags[0] === 'VBD' || (tags[0] === 'VBN' && tags.includes('VBD')));
}

/** Most words of a place said alone between commas, and of a piece passed over in a list of what one is. */
export const MAX_PLACE_WORDS = 3;

const MAX_SKIPPED_WORDS = 6;

/** The words up to the next comma. */
function pieceOf(tokens: readonly Token[]): Token[] {
  const comma = tokens.findIndex((token) => token.norm === ',');
  return tokens.slice(0, comma < 0 ? tokens.length : comma);
}

/** Tokens for words the person did not type (a subject left out): never read as a name. */
export function spoken(norms: readonly string[]): Token[] {
  return norms.map((norm) => ({ raw: '', norm }));
}

/** The best `say` phrase (or name phrase) at the start of a clause and its value(s). */
export function readStatement(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, only?: ReadonlySet<string>): Statement {
  const candidates: Array<{ length: number; read: () => Statement | undefined; known?: string }> = [];
  const first = tokens[skipFillers(tokens, 0, lexicon.fillers)]?.norm ?? '';
  // A phrase may open with a filler word ("now in …"): its cues are tried too.
  const opening = tokens[0]?.norm !== first && lexicon.fillers.has(tokens[0]?.norm ?? '') ? (lexicon.cues.get(tokens[0].norm) ?? []) : [];
  for (const cue of [...opening, ...(lexicon.cues.get(first) ?? []), ...(lexicon.cues.get('') ?? [])]) {
    if (only && !only.has(cue.kind)) continue;
    const exact = matchCue(tokens, cue.before, cue.after, lexicon);
    const match = exact ?? matchWithoutArticle(tokens, cue, values);
    if (!match) continue;
    const kind = lexicon.kinds.get(cue.kind);
    if (!kind) continue;
    // A phrase with its subject left out counts a little less than the same phrase said whole.
    // A slot that takes only some values ({known}, {name}, a kind's category) wins over the same phrase taking any.
    const narrow = cue.known || cue.named === true || kind.definition.category !== undefined;
    const length = cue.before.length + cue.after.length + (narrow ? 0.5 : 0) - (cue.subjectless ? 0.25 : 0) - (exact ? 0 : ARTICLE_LEFT_OUT);
    // "big rugby fan, can't stand golf": after a phrase that ends past its value, a comma goes on.
    const tail = match.end + cue.after.length;
    // "I have 20 years *of* experience": a value inside a phrase ("i have {value} years") does not end where "of" goes on ("Leinster fan of course" does).
    if (cue.before.length > 0 && cue.after.length > 0 && tokens[tail]?.norm === 'of') continue;
    // "I teach English at a language school": a phrase that ends in a preposition goes on from it.
    const endsInPreposition = cue.after.length > 0 && PREPOSITIONS.has(cue.after[cue.after.length - 1]) && tail < tokens.length;
    const after = endsInPreposition ? tokens.slice(tail - 1) : cue.after.length > 0 && (commaAfterFillers(tokens, tail, lexicon) || match.trailing) ? tokens.slice(tail) : [];
    // A value said first is all the words before its phrase, and only what a statement says may follow it.
    // Read in passing, the value alone counts ("2nd year" of "2nd year cs student").
    if (match.trailing && !only && !saysHowOrWhen(after, values) && readStatement(after, lexicon, values).facts.length === 0) continue;
    if (cue.before.length === 0 && !cue.known && !wholeValue(tokens.slice(match.start, match.end), kind, values)) continue;
    candidates.push({ length, read: () => statementOf(kind, cue, tokens.slice(match.start, match.end), values, after), ...(cue.known ? { known: kind.name } : {}) });
  }
  for (const cue of only ? [] : [...(lexicon.nameCues.get(first) ?? []), ...(lexicon.nameCues.get('') ?? [])]) {
    const match = matchCue(tokens, cue.before, cue.after, lexicon);
    if (!match) continue;
    // "jay btw", "Rosa by the way": said before a casual phrase, only a word the lexicon knows as nothing but a
    // name ("coffee btw" is no name).
    if (!cue.strong && cue.before.length === 0 && !(values.words.tags(tokens[match.start]?.norm ?? '') ?? ['NNP']).every((tag) => tag === 'NNP')) continue;
    candidates.push({
      length: cue.before.length + cue.after.length,
      read: () => {
        let found = readNames(tokens, match.start, cue.strong, values, cue.strong && cue.after.length === 0 && cue.before.some((word) => NAMING_WORDS.has(word)));
        // "im mei, from taipei": in lower case a word the lexicon knows may still be a name, when a comma and
        // more about the person follow it (checked once the rest is read).
        // "im tomas, barista at a cafe": a list of names after "I am" is a name and more about the person.
        // "I am Linh, Nguyen Thi Linh": a full name after the comma that holds the first one says it again.
        const again = tokens.slice(match.start + 2);
        const restated = found.names.length > 1 && again.length > 1 && again.length <= MAX_FULL_NAME && again.every((token) => /^\p{Lu}/u.test(token.raw)) && again.some((token) => token.norm === tokens[match.start].norm);
        const tentative = found.names.length !== 1 && !restated && !cue.strong && cue.after.length === 0 && tokens[match.start + 1]?.norm === ',';
        // One word only: "im adaeze, nurse at …" is a name and work, not two names.
        if (tentative || restated) found = readNames(tokens.slice(0, match.start + 1), match.start, true, values);
        if (found.names.length !== 1) return undefined;
        // "Nurse here, night shifts", "Engineer here lol": work said first in a phrase that ends with the name is what one is.
        if (cue.before.length === 0 && cue.after.length > 0 && isOccupation(found.names[0], lexicon.occupations)) return undefined;
        // "I am nurse in a hospital", "I am architect": in a message that writes names with a capital, work typed in
        // lower case after "I am" is work said without its article (learners' English), not a name.
        if (!cue.strong && !values.lowerCase && /^\p{Ll}/u.test(tokens[match.start].raw) && isOccupation(found.names[0], lexicon.occupations)) return undefined;
        // "wait no its Valencia": without "I", a city is where, not who.
        if (!cue.strong && !cue.before.some((word) => FIRST_PERSON.has(word)) && values.findCity(found.names[0]) !== undefined) return undefined;
        // "I'm Kwame Asante, 62": a family name after the name is said with it; the first name is kept.
        const said = tokens[found.end]?.raw && /^\p{Lu}/u.test(tokens[found.end].raw) ? readNames(tokens, found.end, false, values) : undefined;
        // "Harold Bishop here", "George Okafor speaking": the family name may end where the phrase after the name begins.
        const familyName = said?.names.length === 1 && ([',', undefined].includes(tokens[said.end]?.norm) || (cue.after.length > 0 && said.end === match.end)) ? said.names[0] : undefined;
        if (familyName !== undefined && said) found = { names: found.names, end: said.end, ages: found.ages };
        // "I am Mrs. Sunita Sharma": with a family name after it, a title says how to address, and the first name is the name.
        const [title, first, ...others] = found.names[0].split(' ');
        if (said?.names.length === 1 && first !== undefined && others.length === 0 && values.lexicon.nameTitles.has(title.toLowerCase())) found = { names: [first], end: found.end, ages: [] };
        let rest = skipFillers(tokens, found.end, lexicon.fillers);
        // "oh I'm Nadia by the way": a phrase that trails what is said (`memoryTrailers`) may end the clause after the name.
        const trailer = lexicon.trailers.find((words) => wordsAt(tokens, words, rest) && rest + words.length === tokens.length);
        if (trailer) rest = tokens.length;
        // "I'm Theo btw" yes; "I'm Theo's mum" or "I'm happy to help" no: only fillers may follow a name,
        // or a comma or "from"/"in" where more is said ("I'm Lena, 34, designer", "I'm Anna from Berlin").
        // "im dario btw, livin in …": fillers may come before that comma.
        const more = rest < tokens.length && rest < match.end;
        let comma = found.end;
        while (comma < rest && tokens[comma].norm !== ',' && lexicon.fillers.has(tokens[comma].norm)) comma++;
        // "hi its bernice i am not good with computers": a new statement of one's own run on without a comma ends the name.
        const runOn = more && rest === found.end && tokens[rest].norm === 'i' && /^VB[PD]?$/.test(values.words.tags(tokens[rest + 1]?.norm ?? '')?.[0] ?? '');
        if (runOn) return { name: found.names[0], facts: [], rest: [], lead: ['i', 'am'], ...(cue.strong ? { namedOutright: true } : {}) };
        if (more && tokens[comma]?.norm !== ',' && !['from', 'in'].includes(tokens[found.end]?.norm ?? '')) return undefined;
        // "rahul here, software dev at a startup": after a phrase that ends with the name, a comma goes on about the person.
        const tail = match.end + cue.after.length;
        const family = familyName !== undefined ? { familyName } : {};
        if (cue.after.length > 0 && tokens[tail]?.norm === ',' && tail + 1 < tokens.length) return { name: found.names[0], facts: [], rest: tokens.slice(tail), lead: ['i', 'am'], ...family };
        // "my name is Lena, graphic designer": what follows a comma is said of the person, as after "I'm Lena".
        const described = more && tokens[found.end]?.norm === ',' && cue.strong;
        // "soy Lucía, architect": a cue of another language that gives the name says "I am" too.
        const ownLead = described || !cue.before.some((word) => FIRST_PERSON.has(word) || NOT_SELF.has(word));
        return { name: found.names[0], facts: [], rest: more ? tokens.slice(found.end, match.end) : [], lead: ownLead ? ['i', 'am'] : cue.before, ...(tentative ? { tentative } : {}), ...(cue.strong ? { namedOutright: true } : {}), ...(!cue.strong && cue.before.some((word) => NOT_SELF.has(word)) ? { saidOfIt: true } : {}), ...family };
      },
    });
  }
  if (!only) candidates.push(...detailStatements(tokens, lexicon, values));
  candidates.sort((a, b) => b.length - a.length);
  for (const candidate of candidates) {
    const read = candidate.read();
    if (read) return candidate.known ? { ...read, facts: [...read.facts, ...alsoListed(read, candidate, candidates)] } : read;
  }
  return NOTHING;
}

/**
 * "I'm coeliac": a value two kinds list ({known}) is kept as both (a diet and a health condition), when the
 * same phrase reads it for each.
 */
function alsoListed(read: Statement, chosen: { length: number; known?: string }, candidates: ReadonlyArray<{ length: number; read: () => Statement | undefined; known?: string }>): StatedFact[] {
  const values = new Set(read.facts.map((fact) => fact.value.toLowerCase()));
  const others = candidates.filter((other) => other.length === chosen.length && other.known !== undefined && other.known !== chosen.known);
  const kinds = new Set<string>();
  return others.flatMap((other) => {
    if (kinds.has(other.known ?? '')) return [];
    const facts = (other.read()?.facts ?? []).filter((fact) => values.has(fact.value.toLowerCase()));
    if (facts.length > 0) kinds.add(other.known ?? '');
    return facts;
  });
}

const NOT_ONES_YEAR = new Set(['the', 'this', 'that', 'next', 'last', 'every', 'each']);

/** Words that say a clause is about someone else ("my brother is in *his* final year"). */
const THIRD_PERSON = new Set(['he', 'she', 'they', 'his', 'her', 'their', 'hers', 'him', 'them']);

/** "my brother is in his final year": a clause with "he", "his" … or "my" before someone in one's life. */
export function aboutSomeoneElse(words: readonly Token[], lexicon: MemoryLexicon): boolean {
  const someone = (token: Token | undefined) => (lexicon.nouns.get(token?.norm ?? '') ?? []).some(({ kind }) => lexicon.people.has(kind));
  return words.some((token, i) => THIRD_PERSON.has(token.norm) || (['my', 'our'].includes(token.norm) && someone(words[i + 1])));
}

/** Facts of the kinds read in passing (`inPassing`), from a phrase of theirs anywhere in a clause. */
export function saidInPassing(words: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact[] {
  const { kinds: only, firstWords } = lexicon.inPassing;
  const found: StatedFact[] = [];
  for (let at = 0; at < words.length; at++) {
    // "the first year was hard", "next year": a year that is no one's year of study.
    if (!firstWords.has(words[at].norm) || NOT_ONES_YEAR.has(words[at - 1]?.norm ?? '')) continue;
    for (const fact of readStatement(words.slice(at), lexicon, values, only).facts) if (!found.some((known) => known.kind === fact.kind)) found.push(fact);
  }
  return found;
}

/** Most words of a phrase ending in "a" that may still say a feeling ("i am a", "i feel like a"). */
const SHORT_PHRASE = 4;

/** A word written as a name: with a capital in a message that uses them, else one no English lexicon knows. */
function writtenAsName(token: Token, values: ValueContext): boolean {
  return values.lowerCase ? values.words.tags(token.norm) === undefined : /^\p{Lu}/u.test(token.raw);
}

function statementOf(kind: FactKind, cue: StatementCue, valueTokens: Token[], values: ValueContext, after: Token[] = []): Statement | undefined {
  const needsNoun = cue.after.length === 0 && ['a', 'an'].includes(cue.before[cue.before.length - 1] ?? '');
  // {bare}: "can't do spicy food" is a dislike, "can't do the transfer" or "can't do any business" is not.
  const first = valueTokens.find((token) => !values.lexicon.fillers.has(token.norm));
  if (cue.bare && (!first || /^(DT|PRP|PDT|WDT|CD)/.test(values.words.tags(first.norm)?.[0] ?? ''))) return undefined;
  // "rugby fan", "Accra born and raised": a value said first is a noun phrase, not a sentence ("I need a new desk fan").
  if (cue.before.length === 0 && !cue.known && valueTokens.some((token) => /^(PRP|MD|VBZ|VBP|VBD)$/.test(values.words.tags(token.norm)?.[0] ?? '') || FIRST_PERSON.has(token.norm))) return undefined;
  // "speak slower", "speak up": a verb without its "I" is a request when what follows says how, not what.
  if (cue.subjectless && first && /^(RB|RBR|JJR|RP|IN|UH)$/.test(values.words.tags(first.norm)?.[0] ?? '')) return undefined;
  const read = readValues(valueTokens, kind, cue.known, needsNoun, values);
  // "I got the sous chef job": work said as what sort of job, only when WordNet files it as work ("the new job", "the weekend job" say none).
  const sortOfNoun = cue.after.length > 0 && ['the', 'a', 'an'].includes(cue.before.at(-1) ?? '');
  if (sortOfNoun && WORK_KINDS.includes(kind.name) && !read.values.every((value) => isOccupation(value, values.lexicon.occupations))) return undefined;
  if (read.values.length === 0) return undefined;
  if (WORK_KINDS.includes(kind.name) && read.values.some((value) => runsNoBusiness(cue, value, values) || namesNoWork(value, values.lexicon.occupations))) return undefined;
  if (read.values.some((value) => isNotOfKind(value, kind, values))) return undefined;
  // "I like coffee *with milk*": a name after a cue said without its "I am" is only one when written as a name
  // (a capital where capitals are used, else a word no dictionary knows), not a common word.
  if (kind.definition.value === 'name' && cue.subjectless === true && cue.before.length < 2 && first && !writtenAsName(first, values)) return undefined;
  // "Work: Siemens, controls engineer": a labelled value that names something, and is no work WordNet knows, is
  // where the kind is done, read as its continuation ("I work at Siemens").
  const then = cue.labelled && !values.lowerCase && WORK_KINDS.includes(kind.name) ? values.lexicon.continuations.get(kind.name) : undefined;
  if (then && read.values.length === 1 && namesSomething(read.values[0], values) && !isOccupation(read.values[0], values.lexicon.occupations)) {
    const there = readStatement([...spoken([...then, 'at']), ...valueTokens, ...after], values.lexicon, values);
    if (there.facts.length > 0) return there;
  }
  // {name}: "Habs fan", "big chivas fan" name a team; "jazz fan" is a common word, read by another phrase.
  if (cue.named && !read.values.every((value) => namesSomething(value, values))) return undefined;
  if (values.lexicon.neverPlaces.has(kind.name) && read.values.some((value) => values.findCity(value) !== undefined)) return undefined;
  const kept = (value: string) => (cue.form ? cue.form.replace(/\{(?:value|known)\}/g, value) : value);
  // A phrase of two words or more said without "I" ("allergic to cats") is as sure as with it; "I'm a …" is
  // loose ("I'm a wreck"), a longer phrase before "a" is not ("I hope to become a …").
  const loose = (needsNoun && cue.before.length <= SHORT_PHRASE) || (cue.subjectless === true && cue.before.length < 2);
  return { facts: read.values.map((value) => ({ kind: kind.name, value: kept(value), ...(loose ? { loose } : {}) })), rest: cue.after.length === 0 ? read.rest : after, lead: cue.subjectless ? [...(cue.subject ?? []), ...cue.before] : cue.before, cue };
}

/**
 * Whether a value names something rather than being a common word: each word capitalised (in a message that
 * is not all lower case) or unknown to the lexicon ("Colo-Colo", "chivas", "Red Sox"; not "jazz", "hawks"),
 * and it is no time ("started at 6am", "start at Monday 9").
 */
function namesSomething(value: string, values: ValueContext): boolean {
  const words = value.split(/\s+/).filter((word) => !['the', 'a', 'an'].includes(word.toLowerCase()));
  if (words.length === 0 || !/^\p{L}/u.test(words[0])) return false;
  if (!words.every((word) => (!values.lowerCase && /^\p{Lu}/u.test(word)) || values.words.tags(word.toLowerCase()) === undefined)) return false;
  return !recognizeDateTime(value, Culture.English).some((found) => found.start === 0);
}

/**
 * Words said before a phrase that are its value as a whole ("Lagos born", not "Lagos born, London based"):
 * a few words without a comma, all of them a place for a kind that holds places.
 */
function wholeValue(tokens: readonly Token[], kind: FactKind, values: ValueContext): boolean {
  const words = tokens.filter((token) => !values.lexicon.fillers.has(token.norm) && !values.lexicon.intensifiers.has(token.norm));
  if (words.length === 0 || words.length > 4 || words.some((token) => /^[,;:]$/.test(token.norm))) return false;
  if (kind.definition.value !== 'place') return true;
  return values.findCity(typedText(words)) !== undefined || (!values.lowerCase && words.every((token) => /^\p{Lu}/u.test(token.raw)));
}

/** Where the value of a phrase is in a clause: after `before`, up to `after` (or the end). */
function matchCue(tokens: readonly Token[], before: readonly string[], after: readonly string[], lexicon: MemoryLexicon): { start: number; end: number; trailing?: boolean } | undefined {
  const matched = before.length === 0 ? 0 : matchWords(tokens, 0, before, lexicon.fillers, lexicon.phraseModifiers, lexicon.spans);
  // "NOT a fan of: country, reggaeton", "foods I avoid: shellfish": a phrase written as a label, its colon after it.
  const start = matched > 0 && before.at(-1) !== ':' && tokens[matched]?.norm === ':' ? matched + 1 : matched;
  if (start < 0 || start >= tokens.length) return undefined;
  if (after.length === 0) return { start, end: tokens.length };
  const end = indexOfWords(tokens, after, start + 1);
  if (end < 0) return undefined;
  // A phrase that ends the clause ("{value} here") must end it: only fillers may follow, or a comma before
  // something else ("lactose intolerant, sadly").
  const next = skipFillers(tokens, end + after.length, lexicon.fillers);
  // ...or a phrase that says nothing ("Leinster fan *of course*").
  const adverbsOnly = tokens.slice(next).every((token) => token.norm.endsWith('ly') || lexicon.fillers.has(token.norm)) || lexicon.trailers.some((trailer) => trailer.length === tokens.length - next && wordsAt(tokens, trailer, next));
  // ...or another statement goes on ("Bogotá girl living in Madrid"): the reader checks that one reads.
  const trailing = before.length === 0 && !adverbsOnly && !commaAfterFillers(tokens, end + after.length, lexicon);
  return { start, end, ...(trailing ? { trailing } : {}) };
}

/**
 * Whether the words after a phrase only say how, when or why it holds ("Cruzeiro fan *to the death*", "Leafs fan
 * *even tho they break my heart*"): past fillers and adverbs they open with a preposition, or with a clause of its own subject.
 */
function saysHowOrWhen(tokens: readonly Token[], values: ValueContext): boolean {
  const at = tokens.findIndex((token) => !values.lexicon.fillers.has(token.norm) && !/^RB/.test(values.words.tags(token.norm)?.[0] ?? ''));
  const first = tokens[at];
  if (!first || isPunctuation(first)) return false;
  return /^(IN|TO)$/.test(values.words.tags(first.norm)?.[0] ?? '') || OWN_SUBJECTS.has(first.norm);
}

/** Pronouns that open a clause of their own after a statement. */
const OWN_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we']);

/** Most words of a full name said again after the first name ("I am Linh, Nguyen Thi Linh"). */
const MAX_FULL_NAME = 4;

export const ARTICLES = new Set(['a', 'an']);

/** Words that open a noun phrase of their own: no article was left out before them. */
const NOUN_PHRASE_OPENERS = new Set(['a', 'an', 'the', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'no', 'every']);

/** A phrase matched without its article counts less than one said whole. */
const ARTICLE_LEFT_OUT = 0.5;

/**
 * Learners' English leaves out "a": "I am big fan of …", "I am Benfica fan", "I drive Volvo truck" match "i am a
 * big fan of", "i am a {name} fan", "i drive a". Not where the phrase left would be a name's ("i am a" → "i am":
 * "I am Yoko" is no job), nor one word alone, nor before another determiner ("I drive the kids").
 */
function matchWithoutArticle(tokens: readonly Token[], cue: StatementCue, values: ValueContext): ReturnType<typeof matchCue> {
  const lexicon = values.lexicon;
  const at = cue.before.findIndex((word) => ARTICLES.has(word));
  if (at < 1) return undefined;
  const before = cue.before.filter((_, i) => i !== at);
  if (before.length < 2) return undefined;
  const said = before.join(' ');
  if (cue.after.length === 0 && at === cue.before.length - 1 && (lexicon.nameCues.get(before[0]) ?? []).some((name) => name.before.join(' ') === said)) return undefined;
  // Nor where another phrase is said so whole: "I work in marketing" is "i work in", not "i work in a" (a workplace).
  const after = cue.after.join(' ');
  if (phrasesSaid(lexicon).has(`${said}|${after}`)) return undefined;
  const match = matchCue(tokens, before, cue.after, lexicon);
  if (!match) return undefined;
  // The word where the article was left out starts a noun phrase of its own ("I drive my kids", "I am a fan of the …" is said whole).
  const next = tokens[at < before.length ? matchWords(tokens, 0, before.slice(0, at), lexicon.fillers) : match.start];
  // ...and is a noun or an adjective, not a verb ("I was charged a fee" is no "I was a …").
  const tag = values.words.tags(next?.norm ?? '')?.[0];
  return next && !NOUN_PHRASE_OPENERS.has(next.norm) && !FIRST_PERSON.has(next.norm) && !PREPOSITIONS.has(next.norm) && (tag === undefined || /^(NN|JJ|CD)/.test(tag)) ? match : undefined;
}

const saidPhrases = new WeakMap<MemoryLexicon, Set<string>>();

/** Every `say` phrase as "before|after", built once per lexicon: looked up for each phrase tried without its article. */
function phrasesSaid(lexicon: MemoryLexicon): Set<string> {
  let said = saidPhrases.get(lexicon);
  if (!said) {
    said = new Set([...lexicon.cues.values()].flat().map((cue) => `${cue.before.join(' ')}|${cue.after.join(' ')}`));
    saidPhrases.set(lexicon, said);
  }
  return said;
}

/** A comma at `at`, or after fillers there ("big Falcons fan *tho,* been through a lot"). */
function commaAfterFillers(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): boolean {
  let stop = at;
  while (stop < tokens.length && lexicon.fillers.has(tokens[stop].norm)) stop++;
  return tokens[stop]?.norm === ',';
}
