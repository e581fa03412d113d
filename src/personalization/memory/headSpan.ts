import { isKindOf, ownedBySomeone, stem, type NoteMatch } from './noteWords';
import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/**
 * The words of a note that name what a question asks for by its head noun, without the rest of the note:
 * the noun phrase that ends in the head, when it says more than the question ("what visa am I on?" →
 * "youth mobility visa" of "on a youth mobility visa, it runs out next August"; "what did I coach?" → "high
 * school football coach"), else the one noun WordNet files under the head ("what subject did I teach?" →
 * "history"), or, for a question about work, the one occupation the note names ("postman"). Undefined when
 * the note names none of these, or several: then more of it is told. `before`: the question asks how things were.
 */
export function headSpan(text: string, heads: readonly string[], asked: readonly string[], work: boolean, lexicon: NoteLexicon, match: NoteMatch, before = false): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const askedStems = new Set(asked.map((word) => stem(word, lexicon)));
  const kinds = heads.map((word) => word.toLowerCase()).filter((word) => !lexicon.generalNouns.has(word) && !lexicon.stopWords.has(word) && /^\p{L}+$/u.test(word));
  const headStems = new Set(kinds.map((word) => stem(word, lexicon)));
  // "a youth mobility *visa*": the head itself, said as a noun, with what tells which; said twice, which is unsure.
  // "flat 9C", "berth D", "locker 212": a number or a code right after the head says which one, and makes it a noun.
  // "gym 5 days a week": a number that counts what is said after it is how many, not which one.
  const counts = (at: number) => /^\d+$/.test(tokens[at + 1]?.raw ?? '') && (match.tags?.(tokens[at + 2]?.norm ?? '')?.[0] ?? '') === 'NNS';
  const coded = (at: number) => CODE.test(tokens[at + 1]?.raw ?? '') && !/^(?:I|A)$/.test(tokens[at + 1]?.raw ?? '') && !counts(at);
  // "my *scope* is an Orion XT10" for "which telescope …?": a word for the very thing the head names is the head, said another way.
  const isHead = (token: Token) => headStems.has(stem(token.norm, lexicon)) || (/^\p{L}+$/u.test(token.norm) && !lexicon.stopWords.has(token.norm) && kinds.some((kind) => match.sameAs?.(token.norm).has(kind) === true));
  const says = (span: readonly Token[]) => span.some((token) => !askedStems.has(stem(token.norm, lexicon)) && !isHead(token));
  // "a weekend *chair* course", "the board *game* café": a head said before a noun of the note's own tells what that is, and names nothing asked.
  const modifier = (at: number) => !isHead(tokens[at + 1] ?? tokens[at]) && modifiesNext(tokens, at, match);
  // "what's my recital *piece*?" of "a lunchtime recital": asked by a compound, a phrase ending in a word before its own noun (the last) names no piece.
  const last = kinds[kinds.length - 1] ?? '';
  const ownNoun = (at: number) => kinds.length < 2 || stem(tokens[at].norm, lexicon) === stem(last, lexicon) || match.sameAs?.(tokens[at].norm).has(last) === true;
  const heading = tokens.flatMap((token, at) => (isHead(token) && (nounAt(tokens, at, match) || coded(at)) && !modifier(at) ? [at] : []));
  // "Raheny test centre" for "which test centre …?": a head said inside the phrase of the next one is part of it.
  // Said with the noun itself ("the crowd always loves the guess the year round" for "the crowd favourite round"), every head names as before.
  const saysOwnNoun = heading.some((at) => kinds.length >= 2 && stem(tokens[at].norm, lexicon) === stem(last, lexicon));
  const named = heading.filter((at) => !heading.includes(at + 1) && (saysOwnNoun || ownNoun(at)));
  const phrases = [...new Set(named.map((at) => typed(phraseEndingAt(tokens, at, lexicon, match))))];
  // "favourite album *is* Disintegration": what it is follows it, and the note is told.
  if (named.some((at) => SAYS_WHICH.has(tokens[at + 1]?.norm ?? ''))) return undefined;
  // "what visa did I have?" asks what was: the phrase named, not what holds now.
  const now = named.length > 0 && !before ? nowSaid(tokens, named[0], lexicon, match, (token) => headStems.has(stem(token.norm, lexicon))) : undefined;
  // "which tram route am I on?" of "I drive trams …, route 86": of a compound's nouns said apart, its own (the last) said with a code says which one.
  const own = kinds.length > 1 ? named.filter((at) => stem(tokens[at].norm, lexicon) === stem(kinds[kinds.length - 1], lexicon)) : [];
  if (!now && own.length === 1 && coded(own[0])) return `${typed(phraseEndingAt(tokens, own[0], lexicon, match))} ${tokens[own[0] + 1].raw}`;
  if (now || phrases.length > 1) return now;
  if (named.length === 1 && coded(named[0])) return `${phrases[0]} ${tokens[named[0] + 1].raw}`;
  if (phrases.length === 1 && says(phraseEndingAt(tokens, named[0], lexicon, match))) return withNameAfter(tokens, named[0], phrases[0], lexicon);
  // "teaching mostly *history*" for a subject; "as a *postman*" for a job; "a *basset hound*" for "my dog".
  const ofHead = (token: Token, done = false) => kinds.some((kind) => [kind, kind.replace(/s$/, '')].some((form) => isKindOf(token.norm, form, match, done)));
  // A word written with a capital is a name ("the Navy"), whatever work it also names.
  // "a *physio* appointment": a word that describes the noun after it is not what the phrase names.
  // "*my* controller is a hitbox": a work noun someone's own names a thing or another person, not the work asked.
  const occupation = (token: Token, at: number) => work && !/^\p{Lu}/u.test(token.raw) && match.isOccupation(token.norm) && !modifiesNext(tokens, at, match) && !ownedBySomeone(tokens, at, match);
  // "I *crochet* every evening" for a craft: what is done, when WordNet files it, or its activity ("crocheting"), under the head.
  const done = (at: number) => DOERS.has(tokens[at - 1]?.norm ?? '') && ofHead(tokens[at], true);
  const found = tokens.flatMap((token, at) => ((nounAt(tokens, at, match) || done(at)) && !isHead(token) && !lexicon.stopWords.has(token.norm) && !lexicon.generalNouns.has(token.norm) && !askedStems.has(stem(token.norm, lexicon)) && (ofHead(token, DOERS.has(tokens[at - 1]?.norm ?? '')) || occupation(token, at)) ? [typed(phraseEndingAt(tokens, at, lexicon, match))] : []));
  // "basset" is part of "basset hound": the whole compound is one answer.
  const distinct = [...new Set(found)].filter((phrase, _, all) => !all.some((other) => other !== phrase && other.includes(phrase)));
  return distinct.length === 1 ? distinct[0] : undefined;
}

const DOERS = new Set(['i', 'we']);
/** A number or a code that says which one of a thing ("flat *9C*", "berth *D*", "locker *212*", "gate *B12*"). */
const CODE = /^(?:\d{1,5}[A-Za-z]?|[A-Z]\d{0,3}|\d{1,3}[A-Z]{1,2})$/u;
/** The most words of a name said after a noun and a comma ("big hospital, *Samsung Medical Center*"). */
const MAX_NAME_AFTER = 4;

/**
 * "big hospital, Samsung Medical Center": a name said after the noun phrase, set off by a comma, says which one
 * it is, and goes with it; else the phrase alone.
 */
function withNameAfter(tokens: readonly Token[], at: number, phrase: string, lexicon: NoteLexicon): string {
  if (tokens[at + 1]?.norm !== ',') return phrase;
  // "one company, *name is* Nile Soft": the words that say a name is next.
  const opener = lexicon.namings.find((words) => words.every((word, i) => tokens[at + 2 + i]?.norm === word));
  const from = at + 2 + (opener?.length ?? 0);
  let end = from;
  while (end < tokens.length && /^\p{Lu}/u.test(tokens[end].raw)) end++;
  const name = tokens.slice(from, end);
  const closed = end === tokens.length || isPunctuation(tokens[end]);
  return name.length > 0 && name.length <= MAX_NAME_AFTER && closed ? `${phrase}, ${typed(name)}` : phrase;
}

/** Words after a noun that say which it is ("my team *is called* Rock Bottom"). */
const SAYS_WHICH = new Set(['is', 'are', 'was', 'were', 'called', 'named']);
/** At most this many little words between "now" and what holds now ("now I'm on an E-7"). */
const SKIPPED_AFTER_NOW = 4;

/** A word said as a noun: mostly one, unknown to the tagger, or one after a word that opens a noun ("a student *permit*"); not right after "I" or "we" ("I *coach* football" says a verb). */
export function nounAt(tokens: readonly Token[], at: number, match: NoteMatch): boolean {
  const tags = match.tags?.(tokens[at].norm);
  const before = tokens[at - 1]?.norm ?? '';
  if (!/\p{L}/u.test(tokens[at].norm) || ['i', 'we', 'to', 'you', 'they'].includes(before)) return false;
  // "knees are *shot*", "got *fired*": right after a verb, a word that can be a participle is one.
  if (/^VB/.test(match.tags?.(before)?.[0] ?? '') && (tags ?? []).includes('VBN')) return false;
  return tags === undefined || tags[0].startsWith('NN') || (tags.some((tag) => tag.startsWith('NN')) && /^(DT|JJ|NN|PRP\$|CD)/.test(match.tags?.(before)?.[0] ?? ''));
}

/** Whether the word after a noun is a common noun it describes ("chair *course*"), not a name ("dog Biscuit") nor a code. */
function modifiesNext(tokens: readonly Token[], at: number, match: NoteMatch): boolean {
  const next = tokens[at + 1];
  if (!next || isPunctuation(next) || !/^\p{Ll}+$/u.test(next.raw.normalize('NFD').replace(/\p{M}/gu, ''))) return false;
  // "café" as the tagger knows it, "cafe".
  const tags = match.tags?.(next.norm) ?? match.tags?.(next.norm.normalize('NFD').replace(/\p{M}/gu, ''));
  return /^NNS?$/.test(tags?.[0] ?? '');
}

/** The words before a noun that tell which it is ("high school football" of "coach"): nouns, adjectives, numbers, words the tagger does not know. */
function phraseEndingAt(tokens: readonly Token[], at: number, lexicon: NoteLexicon, match: NoteMatch): Token[] {
  let start = at;
  // "the *north* side community orchestra": a word read first as an adverb is an adjective inside a noun phrase.
  while (start > 0 && (modifies(tokens[start - 1], lexicon, match) || (start < at && describesWithin(tokens[start - 1], lexicon, match)))) start--;
  // "my *left* wrist": a word the tagger reads first as a verb is an adjective between a determiner and the noun.
  if (start === at && at >= 2 && DETERMINERS.has(tokens[at - 2].norm) && (match.tags?.(tokens[at - 1].norm) ?? []).includes('JJ')) start = at - 1;
  return tokens.slice(start, at + 1);
}

/** Words that open a noun phrase ("*my* left wrist", "*the* back tooth"). */
const DETERMINERS = new Set(['my', 'our', 'his', 'her', 'their', 'your', 'the', 'a', 'an']);

/**
 * What a note says is so now, after what it names at `at` and a word of `memorySwitchMarkers` ("E-7" of "had a
 * D-2 student visa, now E-7 for work").
 */
function nowSaid(tokens: readonly Token[], at: number, lexicon: NoteLexicon, match: NoteMatch, isHead: (token: Token) => boolean): string | undefined {
  const markedAt = (index: number) => lexicon.memory.switchMarkers.find((marker) => marker.every((word, i) => tokens[index + i]?.norm === word));
  const now = tokens.findIndex((_, index) => index > at && markedAt(index) !== undefined);
  if (now < 0) return undefined;
  const after = now + (markedAt(now)?.length ?? 1);
  // "now *on an* E-7", "currently *the* E-7": the little words before what holds now are not part of it.
  let start = after;
  while (start < after + SKIPPED_AFTER_NOW && lexicon.stopWords.has(tokens[start]?.norm ?? '')) start++;
  let end = start;
  while (end < tokens.length && (modifies(tokens[end], lexicon, match) || isHead(tokens[end]))) end++;
  return end > start ? typed(tokens.slice(start, end)) : undefined;
}

/** Whether a word the tagger reads first as an adverb may also describe a noun ("north", "south"). */
function describesWithin(token: Token, lexicon: NoteLexicon, match: NoteMatch): boolean {
  if (isPunctuation(token) || lexicon.stopWords.has(token.norm) || lexicon.memory.fillers.has(token.norm)) return false;
  const tags = match.tags?.(token.norm) ?? [];
  return tags[0] === 'RB' && tags.includes('JJ') && tags.includes('NN');
}

function modifies(token: Token, lexicon: NoteLexicon, match: NoteMatch): boolean {
  if (isPunctuation(token) || token.raw === '' || lexicon.stopWords.has(token.norm) || lexicon.memory.fillers.has(token.norm)) return false;
  const first = match.tags?.(token.norm)?.[0];
  return first === undefined || /^(NN|JJ|CD)/.test(first);
}

function typed(span: readonly Token[]): string {
  return span.map((token) => token.raw).join(' ');
}

/**
 * "what's my iNaturalist username?" of "I'm at 340 observations, username fungimaya": asked by a head that holds a
 * code (`codeHeads`: "username", "handle"), the one word said right after it, or after "is" or a colon, when it is no
 * word of the language (as a handle is not) or holds a digit. Undefined when the note says none there.
 */
export function codeAfterHead(text: string, heads: readonly string[], codeHeads: ReadonlySet<string>, lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): string | undefined {
  const asked = heads.map((head) => head.toLowerCase()).filter((head) => codeHeads.has(head));
  if (asked.length === 0) return undefined;
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const found = new Set<string>();
  for (const [at, token] of tokens.entries()) {
    if (!asked.includes(token.norm)) continue;
    let next = at + 1;
    while (next < tokens.length && (tokens[next].norm === ':' || tokens[next].norm === 'is')) next++;
    const value = tokens[next];
    if (value === undefined || isPunctuation(value) || lexicon.stopWords.has(value.norm)) continue;
    const ends = tokens[next + 1] === undefined || isPunctuation(tokens[next + 1]) || lexicon.stopWords.has(tokens[next + 1].norm);
    if (ends && (tags(value.norm) === undefined || /[\d_@]/u.test(value.raw))) found.add(value.raw);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
