import { Culture, recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { closestMatch } from '../../util/closestMatch';
import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { nounKinds } from '../../nlu/nounKinds';
import { isOccupation } from './categories';
import { skipFillers, wordsAt } from './clauses';
import type { MemoryLexicon, StatementCue } from './factKinds';
import type { ValueContext } from './readValue';
import { typedText, type Token } from './tokens';

/** Words after "for" that make a time, not someone worked for ("for a while", "for ages"). */
const TIME_AFTER_FOR = new Set(['a', 'an', 'ages', 'life', 'long', 'while', 'years', 'months', 'decades', 'now', 'over', 'almost', 'nearly', 'about', 'some', 'many', 'several']);

/** "at St Luke's", "for the NHS": where or for whom, not how long ("for 20 years", "for the past five years"). */
export function namesPlace(rest: readonly Token[]): boolean {
  if (rest[0]?.norm === 'at') return true;
  if (rest[0]?.norm !== 'for' || rest.length < 2 || TIME_AFTER_FOR.has(rest[1].norm)) return false;
  return !recognizeDateTime(typedText(rest.slice(1)), Culture.English).some((found) => found.start <= 4 && /duration|daterange|datetimerange/.test(found.typeName));
}

/**
 * "i drive for ups", "I clean at a hotel", "I write for a magazine": a verb whose doer WordNet files as work
 * (driver, cleaner, writer), said with where or for whom, read as "I work as a driver for ups". Undefined
 * when the clause says no such thing ("I work for Acme" is read by its own phrase; "I drive for 2 hours" is
 * no work).
 */
export function workByVerb(tokens: readonly Token[], values: ValueContext): Token[] | undefined {
  const { fillers } = values.lexicon;
  let at = skipFillers(tokens, 0, fillers);
  if (tokens[at]?.norm !== 'i') return undefined;
  const subject = at;
  at = skipFillers(tokens, at + 1, fillers);
  const verb = tokens[at];
  if (!verb?.raw || !(values.words.tags(verb.norm) ?? []).some((tag) => tag === 'VBP' || tag === 'VB')) return undefined;
  // "I also volunteer at the food bank": beside one's work, which it does not replace; it is kept in the person's words.
  if (tokens.slice(subject + 1, at).some((token) => values.lexicon.additions.some((phrase) => phrase.length === 1 && phrase[0] === token.norm))) return undefined;
  const doer = doerOf(verb.norm, values);
  if (!doer) return undefined;
  let next = skipFillers(tokens, at + 1, fillers);
  // "I drive *nights* for …": words that only say how.
  const how = values.lexicon.phraseModifiers.get(tokens[next]?.norm ?? '')?.find((phrase) => wordsAt(tokens, phrase, next));
  if (how) next = skipFillers(tokens, next + how.length, fillers);
  // "I drive *buses* for National Express", "I clean *offices* at night … for": what is worked on, one noun, names the work.
  const done = thingWorkedOn(tokens[next], values);
  if (done) next = skipFillers(tokens, next + 1, fillers);
  if (!(namesPlace(tokens.slice(next)) || (done !== undefined && forSomeone(tokens.slice(next), values))) || !namesEmployer(tokens.slice(next + 1), values)) return undefined;
  const work = done ? `${done} ${doer}` : doer;
  return [...['i', 'work', 'as', 'a'].map((norm) => ({ raw: '', norm })), ...work.split(' ').map((norm) => ({ raw: norm, norm })), ...tokens.slice(next)];
}

/**
 * A plain noun said right after a verb of work ("buses", "trucks"), singular, or undefined ("for", "my", "them",
 * and a meal of the day: "I make breakfast for Mateo" says a chore done for someone, `memoryNotWorkedOnKinds`).
 */
function thingWorkedOn(token: Token | undefined, values: ValueContext): string | undefined {
  // As typed, when WordNet knows it: "trams" is no typo of "teams".
  const said = token?.raw.toLowerCase() ?? '';
  const word = /^\p{L}+$/u.test(said) && nounKinds().kindsOf(singular.singularize(said)).size > 0 ? said : token?.norm ?? '';
  if (!/^\p{L}+$/u.test(word) || POSSESSIVES.has(word) || DETERMINERS.has(word)) return undefined;
  const tags = values.words.tags(word) ?? [];
  if (tags[0] !== 'NN' && tags[0] !== 'NNS') return undefined;
  const noun = tags[0] === 'NNS' ? singular.singularize(word) : word;
  const kinds = nounKinds().kindsOf(noun);
  if ([...values.lexicon.notWorkedOnKinds].some((kind) => kinds.has(kind))) return undefined;
  return kinds.size > 0 ? noun : undefined;
}

/**
 * "I do payroll at a logistics company", "i do IT support for a hospital": what one does, said with where or
 * for whom, read as "I work in payroll at …". What is done must be a noun WordNet knows and not a pastime
 * (`memoryPastimeKinds`: "I do yoga at the gym" is no work); "I do 15 hours a week at the library" says only
 * where. Undefined when the clause says no such thing.
 */
export function workByDo(tokens: readonly Token[], values: ValueContext): Token[] | undefined {
  const { fillers } = values.lexicon;
  let at = skipFillers(tokens, 0, fillers);
  if (tokens[at]?.norm !== 'i') return undefined;
  at = skipFillers(tokens, at + 1, fillers);
  if (tokens[at]?.norm !== 'do') return undefined;
  const start = at + 1;
  const place = tokens.findIndex((token, index) => index > start && (token.norm === 'at' || token.norm === 'for'));
  if (place < 0 || !(namesPlace(tokens.slice(place)) || forSomeone(tokens.slice(place), values)) || !namesEmployer(tokens.slice(place + 1), values)) return undefined;
  const done = tokens.slice(start, place).filter((token) => token.norm !== 'stuff');
  const counted = /^\d/.test(done[0]?.norm ?? '') || (values.words.tags(done[0]?.norm ?? '') ?? []).includes('CD');
  if (done.length > (counted ? MAX_DONE_WORDS * 2 : MAX_DONE_WORDS)) return undefined;
  if (done.some((token) => !/^[\p{L}\d-]+$/u.test(token.norm))) return undefined;
  const work = (norm: string) => [{ raw: '', norm: 'i' }, { raw: '', norm }];
  if (done.length === 0) return undefined;
  if (counted) return [...work('work'), ...tokens.slice(place)];
  if (POSSESSIVES.has(done[0].norm) || DETERMINERS.has(done[0].norm) || !isWork(done.at(-1)?.norm ?? '', values)) return undefined;
  return [...work('work'), { raw: '', norm: 'in' }, ...done, ...tokens.slice(place)];
}

/**
 * "i build guitars for a living": what one does for a living, said with its own verb, as "I do build guitars for
 * a living" (the `say` phrase of work). Not when the verb says wanting or knowing ("I don't know what I want to
 * do for a living"): the verb must come right after "I" and the words before "for a living" be plain words.
 */
export function workForALiving(tokens: readonly Token[], values: ValueContext): Token[] | undefined {
  const { fillers } = values.lexicon;
  let at = skipFillers(tokens, 0, fillers);
  if (tokens[at]?.norm !== 'i') return undefined;
  at = skipFillers(tokens, at + 1, fillers);
  const verb = tokens[at];
  const end = tokens.findIndex((token, index) => index > at && token.norm === 'for' && tokens[index + 1]?.norm === 'a' && tokens[index + 2]?.norm === 'living');
  if (!verb || end < 0 || end - at < 2 || end - at > MAX_DONE_WORDS + 1 || verb.norm === 'do') return undefined;
  if (!(values.words.tags(verb.norm) ?? []).some((tag) => tag === 'VBP' || tag === 'VB') || values.lexicon.iPhraseVerbs.has(verb.norm)) return undefined;
  const done = tokens.slice(at + 1, end);
  if (done.some((token) => !/^[\p{L}-]+$/u.test(token.norm) || /^(PRP|WP|WDT|MD|RB)/.test(values.words.tags(token.norm)?.[0] ?? ''))) return undefined;
  return [{ raw: '', norm: 'i' }, { raw: '', norm: 'do' }, ...tokens.slice(at)];
}

/** "for a hospital", "for the council": for whom one works, not how long ("for a while", "for a living"). */
function forSomeone(where: readonly Token[], values: ValueContext): boolean {
  if (where[0]?.norm !== 'for' || !DETERMINERS.has(where[1]?.norm ?? '') || where.length < 3) return false;
  if (values.lexicon.notEmployers.has(`${where[1].norm} ${where[2].norm}`) || values.lexicon.notEmployers.has(where[2].norm)) return false;
  return !recognizeDateTime(typedText(where.slice(1, 4)), Culture.English).some((found) => found.start === 0);
}

/** Most words said between "I do" and where ("night security", "IT helpdesk"). */
const MAX_DONE_WORDS = 3;
const singular = new NounInflector();
const DETERMINERS = new Set(['a', 'an', 'the', 'some', 'this', 'that', 'lots', 'loads', 'all', 'most']);

/** Whether a noun of what one does can be work: WordNet knows it, and it is no pastime ("yoga": exercise). */
function isWork(noun: string, values: ValueContext): boolean {
  const kinds = nounKinds().kindsOf(noun);
  const all = kinds.size > 0 ? kinds : nounKinds().kindsOf(singular.singularize(noun));
  return all.size > 0 && ![...values.lexicon.pastimeKinds].some((kind) => all.has(kind));
}

/**
 * What follows "for" or "at" can be where one works ("ups", "a bakery", "the Guardian"): not a time ("at
 * night"), not someone ("for my kids", "for myself"), not a word of `memoryNotEmployers` ("for fun", "at church").
 */
function namesEmployer(tokens: readonly Token[], values: ValueContext): boolean {
  const first = tokens[0];
  if (!first || POSSESSIVES.has(first.norm) || values.lexicon.notEmployers.has(first.norm) || /^PRP/.test(values.words.tags(first.norm)?.[0] ?? '')) return false;
  return !recognizeDateTime(typedText(tokens.slice(0, 3)), Culture.English).some((found) => found.start === 0);
}

const POSSESSIVES = new Set(['my', 'our', 'his', 'her', 'their', 'your']);

/** The noun for one who does what a verb says, when it names work: drive → driver, bake → baker, cook → cook. */
function doerOf(verb: string, values: ValueContext): string | undefined {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  const forms = [`${stem}er`, `${verb}${verb.at(-1) ?? ''}er`, verb];
  // "I work for myself" says no more than "I work".
  return forms.find((noun) => noun !== 'worker' && (values.words.tags(noun)?.[0] ?? '').startsWith('NN') && isOccupation(noun, values.lexicon.occupations));
}

/** Shortest word a typo is looked for in: shorter words are too near to each other. */
const MIN_TYPO_LENGTH = 5;
/** Shortest noun a typo is read as ("gilrfriend"; not "son", "mum"). */
const MIN_TYPO_NOUN = 6;
/** How many typed words' readings are remembered before starting again. */
const MAX_TYPOS_KEPT = 10_000;

interface TypoTargets {
  /** The verbs of `say` phrases ("working", "moved") and, for longer words, the nouns of kinds ("girlfriend"). */
  short: Map<string, string>;
  long: Map<string, string>;
  /** What each typed word was read as, or undefined. */
  read: Map<string, string | undefined>;
}

const TYPO_TARGETS = new WeakMap<MemoryLexicon, TypoTargets>();

/**
 * "wrking at infosys", "livng in Leeds", "my gilrfriend Marta": a word no lexicon knows, typed in lower case,
 * one typo away (Damerau-Levenshtein) from exactly one verb of a `say` phrase or, six letters or more, one noun
 * of a kind, is read as that word.
 */
export function typoOfKnownWord(token: Token, values: ValueContext): Token {
  if (token.norm.length < MIN_TYPO_LENGTH || token.raw !== token.norm || !/^\p{Ll}+$/u.test(token.norm)) return token;
  const targets = typoTargets(values);
  if (targets.long.has(token.norm)) return token;
  if (!targets.read.has(token.norm)) {
    const capital = token.norm[0].toUpperCase() + token.norm.slice(1);
    const unknown = values.words.tags(token.norm) === undefined && values.words.tags(capital) === undefined && !values.words.isDescriptive(token.norm);
    if (targets.read.size >= MAX_TYPOS_KEPT) targets.read.clear();
    targets.read.set(token.norm, unknown ? closestMatch(token.norm, token.norm.length >= MIN_TYPO_NOUN ? targets.long : targets.short) : undefined);
  }
  const known = targets.read.get(token.norm);
  return known ? { ...token, norm: known } : token;
}

function typoTargets(values: ValueContext): TypoTargets {
  let targets = TYPO_TARGETS.get(values.lexicon);
  if (!targets) {
    const verbs = new Map<string, string>();
    for (const cues of values.lexicon.cues.values()) {
      for (const word of cues.flatMap((cue) => cue.before)) {
        if (word.length >= MIN_TYPO_LENGTH && (values.words.tags(word) ?? []).some((tag) => /^VB[GDNPZ]?$/.test(tag))) verbs.set(word, word);
      }
    }
    const long = new Map(verbs);
    for (const noun of values.lexicon.nouns.keys()) if (noun.length >= MIN_TYPO_NOUN && /^\p{L}+$/u.test(noun)) long.set(noun, noun);
    targets = { short: verbs, long, read: new Map() };
    TYPO_TARGETS.set(values.lexicon, targets);
  }
  return targets;
}

/** A word run together with its particle ("meetup", "workout"): WordNet may know only the verb's noun before it. */
const TRAILING_PARTICLE = /^(\p{L}{3,})(up|out)$/u;

/**
 * "I run a monthly catan meetup", "I run an open mic night": after a verb of running or owning
 * (`memoryBusinessVerbs`), what is run is no work when WordNet files its last word under
 * `memoryNotBusinessKinds` (a social event, a time of day); "I run a bakery", "I own a salon" are work.
 */
export function runsNoBusiness(cue: StatementCue, value: string, values: ValueContext): boolean {
  const { businessVerbs, notBusinessKinds } = values.lexicon;
  if (!cue.before.some((word) => businessVerbs.has(word))) return false;
  const head = value.toLowerCase().split(/\s+/).at(-1) ?? '';
  return [...kindsOfNoun(head)].some((kind) => notBusinessKinds.has(kind));
}

/** What WordNet files a noun under, as said, singular, or as the verb before its run-together particle ("meetup" → meet). */
function kindsOfNoun(noun: string): ReadonlySet<string> {
  const kinds = nounKinds().kindsOf(noun);
  if (kinds.size > 0 || !/^\p{L}+$/u.test(noun)) return kinds;
  const single = nounKinds().kindsOf(singular.singularize(noun));
  if (single.size > 0) return single;
  const stem = TRAILING_PARTICLE.exec(noun)?.[1];
  return stem ? nounKinds().kindsOf(stem) : single;
}
