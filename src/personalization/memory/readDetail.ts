import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { indexOfWords, matchWords, type Clause, wordsAt } from './clauses';
import type { DetailCue, MemoryLexicon } from './factKinds';
import { readWholeValue, type ValueContext } from './readValue';
import { isPunctuation, type Token } from './tokens';

/**
 * Values kept under the thing they are of, said through a {detail} slot: "my favourite food is pho",
 * "fav band is radwimps", "Amélie is my favourite film", "favourite drink? tea, always"; and questions
 * narrowed to that thing ("what's my fav drink?", "fav band?").
 */

/** A value read through a {detail} slot: its kind, the value, and the thing it is of ("food"). */
export interface DetailFact {
  kind: string;
  value: string;
  detail: string;
}

/** A phrase with a {detail} slot matched at the start of a clause, read when it is the best match. */
export interface DetailCandidate {
  /** Its words, a little less for the open slot, so a kind's own phrase wins ("my favourite hobby is"). */
  length: number;
  read(): { facts: DetailFact[]; rest: Token[]; lead: string[] } | undefined;
}

const MAX_DETAIL_WORDS = 3;
const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself', 'we', 'our']);
const inflector = new NounInflector();

/** The `say` phrases with a {detail} slot that match at the start of a clause. */
export function detailStatements(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): DetailCandidate[] {
  const candidates: DetailCandidate[] = [];
  for (const cue of lexicon.detailed.says) {
    const length = cue.lead.length + cue.tail.length + 0.5 - (cue.subjectless ? 0.25 : 0);
    const read = cue.valueFirst ? valueFirst(tokens, cue, values) : valueAfter(tokens, cue, values);
    if (read) candidates.push({ length, read });
  }
  return candidates;
}

/** "my favourite {detail} is {value}": the phrase opens the clause, the value follows it. */
function valueAfter(tokens: readonly Token[], cue: DetailCue, values: ValueContext): DetailCandidate['read'] | undefined {
  const { lexicon } = values;
  if (cue.tail.length === 0) return undefined;
  const start = matchWords(tokens, 0, cue.lead, lexicon.fillers, lexicon.phraseModifiers);
  if (start < 0) return undefined;
  for (let words = 1; words <= MAX_DETAIL_WORDS && start + words < tokens.length; words++) {
    // "my favourite film *of all time* is": words that only say how may follow the thing.
    const after = skipModifier(tokens, start + words, lexicon);
    const end = matchWords(tokens, after, cue.tail, lexicon.fillers);
    if (end < 0) continue;
    const detail = detailOf(tokens.slice(start, start + words), cue.kind, lexicon, values);
    if (!detail) return undefined;
    return () => factOf(tokens.slice(end), detail, cue, values);
  }
  return undefined;
}

/** "{value} is my favourite {detail}": the thing ends the clause (or comes before a comma). */
function valueFirst(tokens: readonly Token[], cue: DetailCue, values: ValueContext): DetailCandidate['read'] | undefined {
  const { lexicon } = values;
  const at = indexOfWords(tokens, cue.lead, 1);
  if (at < 0) return undefined;
  const from = at + cue.lead.length;
  const comma = tokens.findIndex((token, i) => i >= from && isPunctuation(token));
  let end = comma < 0 ? tokens.length : comma;
  while (end > from && (lexicon.fillers.has(tokens[end - 1].norm) || lexicon.trailers.some((trailer) => trailer.length === 1 && trailer[0] === tokens[end - 1].norm))) end--;
  // "tea is my drink *of choice*": the words after the slot end the statement.
  const tail = cue.tail.length > 0 ? indexOfWords(tokens, cue.tail, from + 1) : end;
  if (tail < 0 || tail + (cue.tail.length > 0 ? cue.tail.length : 0) !== end) return undefined;
  const detail = detailOf(tokens.slice(from, tail), cue.kind, lexicon, values);
  let start = 0;
  while (start < at && lexicon.fillers.has(tokens[start].norm)) start++;
  const said = tokens.slice(start, at);
  // A value said first is a noun phrase, not a sentence ("this is my favourite song", "I think …").
  // A word capitalized after the first is part of a title, whatever else it spells ("Terraforming *Mars*").
  const titled = (token: Token, i: number) => i > 0 && !values.lowerCase && /^\p{Lu}/u.test(token.raw) && !/^(PRP|WP)$/.test(values.words.tags(token.norm)?.[0] ?? '');
  const sentence = said.some((token, i) => FIRST_PERSON.has(token.norm) || (!titled(token, i) && /^(PRP|MD|VBZ|VBP|VBD|WP)$/.test(values.words.tags(token.norm)?.[0] ?? '')));
  if (!detail || said.length === 0 || sentence) return undefined;
  return () => {
    const read = factOf(said, detail, cue, values);
    return read ? { ...read, rest: tokens.slice(end) } : undefined;
  };
}

function factOf(tokens: readonly Token[], detail: string, cue: DetailCue, values: ValueContext): ReturnType<DetailCandidate['read']> {
  const kind = values.lexicon.kinds.get(cue.kind);
  if (!kind) return undefined;
  // "is *probably* sushi", "is *definitely* pho": a hedge before the value is not part of it, unless typed as
  // the start of a title ("Only Fools and Horses").
  let start = 0;
  const hedge = (token: Token) => !/^\p{Lu}/u.test(token.raw) && (values.lexicon.fillers.has(token.norm) || isHedge(token.norm, values));
  while (start < tokens.length - 1 && hedge(tokens[start])) start++;
  const read = readWholeValue(tokens.slice(start), kind, values);
  if (read.values.length === 0) return undefined;
  return { facts: read.values.map((value) => ({ kind: cue.kind, value, detail })), rest: read.rest, lead: [...cue.lead, detail, ...cue.tail] };
}

/** An adverb of how sure ("probably", "honestly", "easily"), not a short word that may start a title ("Only Fools …"). */
function isHedge(word: string, values: ValueContext): boolean {
  return word.length > 5 && word.endsWith('ly') && values.words.tags(word)?.[0] === 'RB';
}

function skipModifier(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): number {
  const modifier = lexicon.phraseModifiers.get(tokens[at]?.norm ?? '')?.find((phrase) => wordsAt(tokens, phrase, at));
  return modifier ? at + modifier.length : at;
}

/**
 * The thing a {detail} slot holds, as kept: one to three words ending in a noun, "kind of" left out, in the
 * singular, another word for it as the kind's `details` keep it ("movie" → film). None when another kind's
 * own phrase names it ("hobby", "thing": likes).
 */
export function detailOf(tokens: readonly Token[], kind: string, lexicon: MemoryLexicon, values: ValueContext): string | undefined {
  let words = tokens.map((token) => token.norm);
  // "my favourite kind of music": the music.
  if (words.length >= 3 && lexicon.sortWords.has(words[0]) && words[1] === 'of') words = words.slice(2);
  if (words.length === 0 || words.length > MAX_DETAIL_WORDS) return undefined;
  const unfit = (word: string) => !/^\p{L}[\p{L}'-]*$/u.test(word) || lexicon.fillers.has(word) || lexicon.notThings.has(word) || lexicon.detailed.you.has(word) || FIRST_PERSON.has(word);
  if (words.some(unfit)) return undefined;
  const tags = (word: string) => values.words.tags(word);
  const last = words[words.length - 1];
  if (!(tags(last)?.some((tag) => tag.startsWith('NN')) ?? true)) return undefined;
  if (!words.slice(0, -1).every((word) => tags(word)?.some((tag) => tag.startsWith('NN') || tag.startsWith('JJ')) ?? true)) return undefined;
  // "colours" (which the tagger does not know) as "colour", "bands" as "band".
  const single = inflector.singularize(last);
  const things = lexicon.detailed.words.get(kind);
  const known = (word: string) => tags(word)?.some((tag) => tag.startsWith('NN')) === true || things?.has(word) === true || [...(things?.values() ?? [])].includes(word);
  if (tags(last)?.[0] === 'NNS' || (tags(last) === undefined && single !== last && known(single))) words = [...words.slice(0, -1), single];
  const said = words.join(' ');
  const thing = things?.get(said) ?? said;
  const taken = lexicon.detailed.taken.get(kind);
  return taken?.has(thing) || taken?.has(said) ? undefined : thing;
}

/**
 * A question narrowed to one thing ("what's my favourite food?", "whats my fav drink lol", "fav band?"):
 * an `ask` phrase with a {detail} slot, and only words that any question uses around it (`asking`). Said
 * without "my", nothing in it may be about "you" ("what's your fav band?" asks about the bot).
 */
export function readDetailQuestion(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, asking: (word: string) => boolean): { kind: string; detail: string } | undefined {
  for (const cue of lexicon.detailed.asks) {
    const at = indexOfWords(tokens, cue.lead);
    if (at < 0) continue;
    if (cue.subjectless && tokens.some((token) => lexicon.detailed.you.has(token.norm))) continue;
    const from = at + cue.lead.length;
    for (let words = Math.min(MAX_DETAIL_WORDS, tokens.length - from); words >= 1; words--) {
      // "what's my drink *of choice*?": the words after the slot follow the thing.
      const end = from + words + cue.tail.length;
      if (cue.tail.length > 0 && indexOfWords(tokens, cue.tail, from + words) !== from + words) continue;
      const around = [...tokens.slice(0, at), ...tokens.slice(end)];
      if (!around.every((token) => asking(token.norm) || lexicon.fillers.has(token.norm) || isPunctuation(token))) continue;
      const detail = detailOf(tokens.slice(from, from + words), cue.kind, lexicon, values);
      if (detail) return { kind: cue.kind, detail };
    }
  }
  return undefined;
}

/**
 * "my favourite drink? tea, always": a question about one's own favourite answered at once. The question
 * (the `ask` phrase alone) and the clause after it are read as one statement ("my favourite drink: tea").
 */
export function joinAnsweredAsides(clauses: readonly Clause[], lexicon: MemoryLexicon, values: ValueContext): Clause[] {
  if (lexicon.detailed.asks.length === 0) return [...clauses];
  return withThingsSaidBefore(joinAsides(clauses, lexicon, values), lexicon, values);
}

function joinAsides(clauses: readonly Clause[], lexicon: MemoryLexicon, values: ValueContext): Clause[] {
  const joined: Clause[] = [];
  for (let i = 0; i < clauses.length; i++) {
    const [clause, next] = [clauses[i], clauses[i + 1]];
    if (clause.asked && next && !next.asked && readDetailQuestion(clause.tokens, lexicon, values, () => false)) {
      const tokens = [...clause.tokens, { raw: ':', norm: ':' }, ...next.tokens];
      if (detailStatements(tokens, lexicon, values).some((candidate) => candidate.read() !== undefined)) {
        joined.push({ tokens, asked: false });
        i++;
        continue;
      }
    }
    joined.push(clause);
  }
  return joined;
}

/**
 * "I grow a dozen kinds of tomatoes, my favourite is Cherokee Purple", "I like spicy food, hotpot is my
 * favourite": a favourite said without its thing is of the thing the clause before ended with. A value said
 * first after a comma ("Mumbai Indians in the IPL, and Rohit Sharma is my favourite player") starts a clause
 * of its own, so what comes before is no part of it.
 */
function withThingsSaidBefore(clauses: readonly Clause[], lexicon: MemoryLexicon, values: ValueContext): Clause[] {
  const split = clauses.flatMap((clause) => splitBeforeValueFirst(clause, lexicon));
  return split.map((clause, i) => {
    const slot = i > 0 && !clause.asked && !split[i - 1].asked ? emptySlot(clause.tokens, lexicon) : -1;
    const thing = slot < 0 ? undefined : thingEnding(split[i - 1].tokens, lexicon, values);
    if (!thing) return clause;
    return { ...clause, tokens: [...clause.tokens.slice(0, slot), thing, ...clause.tokens.slice(slot)] };
  });
}

/** Where a phrase with a {detail} slot says nothing in it ("my favourite *is*", "hotpot is my favourite*"): the slot's index, or -1. */
function emptySlot(tokens: readonly Token[], lexicon: MemoryLexicon): number {
  let start = 0;
  while (start < tokens.length && lexicon.fillers.has(tokens[start].norm)) start++;
  let end = tokens.length;
  while (end > start && (lexicon.fillers.has(tokens[end - 1].norm) || isPunctuation(tokens[end - 1]))) end--;
  for (const cue of lexicon.detailed.says) {
    if (cue.subjectless) continue;
    if (!cue.valueFirst && cue.tail.length > 0 && wordsAt(tokens, cue.lead, start) && wordsAt(tokens, cue.tail, start + cue.lead.length) && start + cue.lead.length + cue.tail.length < end) return start + cue.lead.length;
    if (!cue.valueFirst || cue.tail.length > 0) continue;
    // "hotpot is my favourite, the one at home is better": the phrase ends the clause or comes before a comma.
    const at = indexOfWords(tokens, cue.lead, start + 1);
    const after = at + cue.lead.length;
    if (at > start && (after >= end || tokens[after].norm === ',')) return after;
  }
  return -1;
}

/** The noun a clause ends with, as a token to put in an empty {detail} slot ("tomatoes", "spicy food"). */
function thingEnding(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): Token | undefined {
  const tag = (token: Token | undefined) => (token ? (values.words.tags(token.norm)?.[0] ?? '') : '');
  let end = tokens.length;
  // "nine kinds of apples *in the orchard*": a place the things are in is not what they are.
  let group = end;
  while (group > 0 && /^(NN|NNS|JJ|DT|CD|PRP\$)$/.test(tag(tokens[group - 1]))) group--;
  const preposition = (token: Token) => token.norm !== 'of' && values.words.tags(token.norm)?.every((tagged) => tagged !== 'VB' && tagged !== 'VBP') === true && tag(token) === 'IN';
  // Only after things named before it: "I'm big *into* board games" says what they are.
  if (group > 1 && group < end && preposition(tokens[group - 1]) && /^NNS?$/.test(tag(tokens[group - 2]))) end = group - 1;
  const last = tokens[end - 1];
  if (!last || isPunctuation(last) || !/^\p{Ll}/u.test(last.raw)) return undefined;
  if (!values.words.tags(last.norm)?.some((tag) => tag === 'NN' || tag === 'NNS')) return undefined;
  const kinds = new Set(lexicon.detailed.says.map((cue) => cue.kind));
  return [...kinds].some((kind) => detailOf([last], kind, lexicon, values) !== undefined) ? { raw: last.raw, norm: last.norm } : undefined;
}

/** "…, and Rohit Sharma is my favourite player": the clause cut at the comma before a value said first. */
function splitBeforeValueFirst(clause: Clause, lexicon: MemoryLexicon): Clause[] {
  const { tokens } = clause;
  for (const cue of lexicon.detailed.says) {
    if (!cue.valueFirst) continue;
    const at = indexOfWords(tokens, cue.lead, 1);
    if (at < 0) continue;
    let comma = -1;
    for (let i = at - 1; i > 0; i--) {
      if (tokens[i].norm === ',') {
        comma = i;
        break;
      }
    }
    // Words after the comma, before the phrase: the value; fillers alone ("…, so is my favourite") are none.
    if (comma < 0 || tokens.slice(comma + 1, at).every((token) => lexicon.fillers.has(token.norm))) continue;
    return [{ tokens: tokens.slice(0, comma), asked: false }, { tokens: tokens.slice(comma + 1), asked: clause.asked }];
  }
  return [clause];
}
