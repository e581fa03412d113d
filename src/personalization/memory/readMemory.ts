import NounInflector from 'natural/lib/natural/inflectors/noun_inflector';
import { indexOfWords, matchWords, skipFillers, splitClauses, type Clause } from './clauses';
import type { FactKind, MemoryLexicon, StatementCue } from './factKinds';
import { readNames, readValues, type ValueContext } from './readValue';
import { tokenize, type Token } from './tokens';

/** A fact stated in a message. `detail` is the noun that introduced a name ("dog" for Pepper). */
export interface StatedFact {
  kind: string;
  value: string;
  detail?: string;
}

/** What a question asks about: kinds (ties are all kept), narrowed by a noun ("my daughter"). */
export interface FactQuestion {
  kinds: string[];
  detail?: string;
}

/** Something to drop: a whole kind, one value of it, or the names under one noun ("my cat"). */
export interface FactTarget {
  kind: string;
  value?: string;
  detail?: string;
}

/** Everything a message says about the person and their memory, read without touching the profile. */
export interface MemoryReading {
  /** The user's own name ("I'm Theo btw", "the name's Max", "ken here"). */
  name?: string;
  facts: StatedFact[];
  /** No longer true ("I no longer have a cat", "I don't live in Paris anymore"). */
  removals: FactTarget[];
  questions: FactQuestion[];
  /** "forget my cat", "please forget where I live". */
  forget: FactTarget[];
  /** "scratch that": take back what was learned last. */
  retract: boolean;
}

const inflector = new NounInflector();
const FIRST_PERSON = new Set(['i', 'my', 'me', 'mine', 'myself']);
const DETERMINERS = new Set(['my', 'our', 'a', 'an', 'the', 'his', 'her', 'their', 'two', 'three', 'four', 'five', 'six', 'new', 'little', 'baby', 'both', 'some', 'older', 'younger', 'big', 'little', 'twin']);
const NAME_LINKS = [['called'], ['named'], ['is', 'called'], ['is', 'named'], ['are', 'called'], ['are', 'named'], ["'s", 'name', 'is'], ["'s", 'names', 'are'], ['whose', 'name', 'is'], ['who', 'is', 'called'], ['by', 'the', 'name', 'of'], ['is'], ['are'], [',']];
const PRONOUN_LINKS = [['his', 'name', 'is'], ['her', 'name', 'is'], ['its', 'name', 'is'], ['their', 'names', 'are'], ['their', 'name', 'is'], ['he', 'is', 'called'], ['she', 'is', 'called'], ['it', 'is', 'called'], ['they', 'are', 'called'], ['he', 'is', 'named'], ['she', 'is', 'named'], ['they', 'are', 'named'], ['called'], ['named']];
const EVERYTHING = [['everything'], ['all'], ['me'], ['about', 'me'], ['everything', 'about', 'me'], ['all', 'about', 'me'], ['my', 'data'], ['my', 'profile'], ['it', 'all'], ['all', 'of', 'it'], ['who', 'i', 'am']];
/** Words of a question that do not tell what it is about ("what", "do", "my"); "not" does. */
const QUESTION_WORDS = new Set(['what', 'where', 'when', 'who', 'whom', 'which', 'how', 'do', 'does', 'did', 'i', 'am', 'is', 'are', 'was', 'were', 'my', 'me', 'the', 'a', 'an', 'to', 'of', 'in', 'have', 'has', 'there', 'anything', 'any', 'you', 'can', 'could', 'would', 'should', 'will', 'it', 'that', 'so', 'for', 'again', "'s"]);
const POLITE = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now']);

/** Reads a message: statements, the user's name, questions about themselves, corrections and "forget ...". */
export function readMemory(text: string, lexicon: MemoryLexicon, context: Omit<ValueContext, 'lexicon' | 'lowerCase'>): MemoryReading {
  const tokens = tokenize(text, lexicon.contractedIs);
  const values: ValueContext = { ...context, lexicon, lowerCase: text === text.toLowerCase() };
  const reading: MemoryReading = { facts: [], removals: [], questions: [], forget: [], retract: false };
  let pending: { kind: string; detail: string } | undefined;
  for (const clause of splitClauses(tokens, lexicon)) {
    let start = skipFillers(clause.tokens, 0, lexicon.fillers);
    const retraction = lexicon.retractions.map((words) => matchWords(clause.tokens, start, words, lexicon.fillers)).find((end) => end > 0);
    if (retraction !== undefined) {
      reading.retract = true;
      start = skipFillers(clause.tokens, retraction, lexicon.fillers);
    }
    const words = clause.tokens.slice(start);
    if (words.length === 0) continue;
    const forget = readForget(words, lexicon, values);
    if (forget) {
      reading.forget.push(...forget);
      continue;
    }
    const question = readQuestion({ tokens: words, asked: clause.asked }, lexicon);
    if (question) {
      reading.questions.push(question);
      continue;
    }
    if (isQuestionLike({ tokens: words, asked: clause.asked }, lexicon)) continue;
    const noLonger = stripNoLonger(words, lexicon);
    if (noLonger) {
      const direct = readStatement(words, lexicon, values);
      if (direct.facts.length > 0) reading.facts.push(...direct.facts);
      else reading.removals.push(...removalsOf(noLonger, lexicon, values));
      continue;
    }
    const statement = readStatement(words, lexicon, values);
    // Markup or template syntax around a name is never read as one ("call me {{#x}}").
    if (statement.name && !/[{}<>[\]]/.test(text)) reading.name ??= statement.name;
    reading.facts.push(...statement.facts);
    const relations = readRelations(words, lexicon, values, pending);
    reading.facts.push(...relations.facts.filter((fact) => !reading.facts.some((known) => known.kind === fact.kind && known.value === fact.value)));
    pending = relations.pending;
  }
  return reading;
}

/** The best `say` phrase (or name phrase) at the start of a clause and its value(s). */
function readStatement(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): { name?: string; facts: StatedFact[] } {
  const candidates: Array<{ length: number; read: () => { name?: string; facts: StatedFact[] } | undefined }> = [];
  for (const cue of lexicon.cues) {
    const match = matchCue(tokens, cue.before, cue.after, lexicon);
    if (!match) continue;
    const kind = lexicon.kinds.get(cue.kind);
    if (!kind) continue;
    candidates.push({ length: cue.before.length + cue.after.length + (cue.known ? 0.5 : 0), read: () => statementOf(kind, cue, tokens.slice(match.start, match.end), values) });
  }
  for (const cue of lexicon.nameCues) {
    const match = matchCue(tokens, cue.before, cue.after, lexicon);
    if (!match) continue;
    candidates.push({
      length: cue.before.length + cue.after.length,
      read: () => {
        const found = readNames(tokens, match.start, cue.strong, values);
        const rest = skipFillers(tokens, found.end, lexicon.fillers);
        // "I'm Theo btw" yes; "I'm Theo's mum" or "I'm happy to help" no: only fillers may follow a name.
        if (found.names.length !== 1 || (rest < tokens.length && rest < match.end)) return undefined;
        return { name: found.names[0], facts: [] };
      },
    });
  }
  candidates.sort((a, b) => b.length - a.length);
  for (const candidate of candidates) {
    const read = candidate.read();
    if (read) return read;
  }
  return { facts: [] };
}

function statementOf(kind: FactKind, cue: StatementCue, valueTokens: Token[], values: ValueContext): { facts: StatedFact[] } | undefined {
  const needsNoun = cue.after.length === 0 && ['a', 'an'].includes(cue.before[cue.before.length - 1] ?? '');
  const read = readValues(valueTokens, kind, cue.known, needsNoun, values);
  return read.length > 0 ? { facts: read.map((value) => ({ kind: kind.name, value })) } : undefined;
}

/** Where the value of a phrase is in a clause: after `before`, up to `after` (or the end). */
function matchCue(tokens: readonly Token[], before: readonly string[], after: readonly string[], lexicon: MemoryLexicon): { start: number; end: number } | undefined {
  const start = before.length === 0 ? 0 : matchWords(tokens, 0, before, lexicon.fillers);
  if (start < 0 || start >= tokens.length) return undefined;
  if (after.length === 0) return { start, end: tokens.length };
  const end = indexOfWords(tokens, after, start + 1);
  if (end < 0) return undefined;
  // A phrase that ends the clause ("{value} here") must end it: only fillers may follow.
  if (before.length === 0 && skipFillers(tokens, end + after.length, lexicon.fillers) < tokens.length) return undefined;
  return { start, end };
}

/** The noun of a named kind at `at` ("dogs" → pet/dog, "guinea pig"), with its length in tokens. */
function nounAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind: string; detail: string; general: boolean; length: number } | undefined {
  for (const kind of lexicon.kinds.values()) {
    for (const { words, detail, general } of kind.nouns) {
      if (at + words.length > tokens.length) continue;
      const last = tokens[at + words.length - 1].norm;
      const head = words.slice(0, -1).every((word, i) => tokens[at + i].norm === word);
      const tail = words[words.length - 1];
      if (head && (last === tail || inflector.singularize(last) === tail || last === inflector.pluralize(tail))) return { kind: kind.name, detail, general, length: words.length };
    }
  }
  return undefined;
}

/**
 * Names introduced by a noun anywhere in a clause: "my husband Tom", "two dogs, Pepper and Salt", "a son
 * called Leo", "Nala is my puppy". A noun left without a name waits for a pronoun ("her name is Nala").
 */
function readRelations(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext, waiting?: { kind: string; detail: string }): { facts: StatedFact[]; pending?: { kind: string; detail: string } } {
  const facts: StatedFact[] = [];
  let pending = waiting;
  for (let i = 0; i < tokens.length; i++) {
    if (pending) {
      const link = PRONOUN_LINKS.map((words) => (indexOfWords(tokens, words, i) === i ? i + words.length : -1)).find((end) => end > 0);
      if (link !== undefined) {
        const found = readNames(tokens, link, true, values);
        if (found.names.length > 0) {
          facts.push(...found.names.map((value) => ({ kind: pending!.kind, value, detail: pending!.detail })));
          pending = undefined;
          i = found.end - 1;
          continue;
        }
      }
    }
    const noun = nounAt(tokens, i, lexicon);
    if (!noun) continue;
    const introduced = i > 0 && (DETERMINERS.has(tokens[i - 1].norm) || (i > 1 && DETERMINERS.has(tokens[i - 2].norm)));
    if (!introduced) continue;
    const after = i + noun.length;
    let found: { names: string[]; end: number } = { names: [], end: after };
    for (const link of NAME_LINKS) {
      const start = indexOfWords(tokens, link, after) === after ? after + link.length : -1;
      if (start < 0) continue;
      found = readNames(tokens, start, link[0] !== ',', values);
      if (found.names.length > 0) break;
    }
    if (found.names.length === 0) found = readNames(tokens, after, false, values);
    if (found.names.length === 0 && i >= 3 && tokens[i - 1].norm === 'my' && ['is', ','].includes(tokens[i - 2].norm)) {
      // "Tom is my husband", "Tom, my husband"
      const before = readNames(tokens, i - 3, false, values);
      if (before.names.length === 1 && before.end === i - 2) found = before;
    }
    if (found.names.length > 0) {
      facts.push(...found.names.map((value) => ({ kind: noun.kind, value, detail: noun.detail })));
      pending = undefined;
      i = Math.max(i, found.end - 1);
    } else {
      pending = { kind: noun.kind, detail: noun.detail };
      i += noun.length - 1;
    }
  }
  return { facts, pending };
}

/** A question about the person: first person (or exactly one of the ask phrases), and a kind it names. */
function readQuestion(clause: Clause, lexicon: MemoryLexicon): FactQuestion | undefined {
  if (!isQuestionLike(clause, lexicon)) return undefined;
  const tokens = clause.tokens.filter((token) => !lexicon.fillers.has(token.norm) || FIRST_PERSON.has(token.norm));
  const target = kindsNamed(tokens, lexicon);
  if (!target) return undefined;
  const firstPerson = tokens.some((token) => FIRST_PERSON.has(token.norm));
  return firstPerson || target.whole ? { kinds: target.kinds, ...(target.detail ? { detail: target.detail } : {}) } : undefined;
}

function isQuestionLike(clause: Clause, lexicon: MemoryLexicon): boolean {
  if (clause.asked) return true;
  const start = skipFillers(clause.tokens, 0, lexicon.fillers);
  return [...lexicon.questionStarts, ...lexicon.followUps].some((words) => matchWords(clause.tokens, start, words, new Set()) === start + words.length);
}

/** The kinds a phrase points to, by its longest ask phrase, or by a noun ("my dogs", "my daughter"). */
function kindsNamed(tokens: readonly Token[], lexicon: MemoryLexicon): { kinds: string[]; detail?: string; whole: boolean } | undefined {
  let best = 0;
  let kinds: string[] = [];
  let whole = false;
  const present = new Set(tokens.map((token) => token.norm));
  for (const kind of lexicon.kinds.values()) {
    for (const phrase of kind.asks) {
      // The phrase as written scores most; its content words in another order or with other words between
      // ("what language am I studying" for "what am i studying") score their count.
      const contiguous = indexOfWords(tokens, phrase) >= 0;
      const content = phrase.filter((word) => !QUESTION_WORDS.has(word));
      const score = contiguous ? phrase.length + 1 : content.length > 0 && content.every((word) => present.has(word)) ? content.length : 0;
      if (score === 0 || score < best) continue;
      if (score > best) kinds = [];
      best = score;
      if (!kinds.includes(kind.name)) kinds.push(kind.name);
      whole ||= contiguous && phrase.length === tokens.length;
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, lexicon);
    if (!noun) continue;
    if (best <= 3 || kinds.includes(noun.kind)) return { kinds: [noun.kind], ...(noun.general ? {} : { detail: noun.detail }), whole };
  }
  return best >= 1 ? { kinds, whole } : undefined;
}

/** "forget my cat", "please forget where I live", "forget that I like jazz"; not "forget everything". */
function readForget(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] | undefined {
  let start = 0;
  while (start < tokens.length && (POLITE.has(tokens[start].norm) || lexicon.fillers.has(tokens[start].norm))) start++;
  const verb = lexicon.forgetVerbs.map((words) => matchWords(tokens, start, words, new Set())).find((end) => end > 0);
  if (verb === undefined) return undefined;
  let rest = tokens.slice(verb);
  while (rest.length > 0 && ['about', 'that', 'the', 'fact', ','].includes(rest[0].norm)) rest = rest.slice(1);
  if (rest.length === 0 || EVERYTHING.some((words) => words.length === rest.length && indexOfWords(rest, words) === 0)) return undefined;
  const stated = readStatement(rest, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  const named = kindsNamed(rest, lexicon);
  if (!named) return undefined;
  return named.kinds.map((kind) => ({ kind, ...(named.detail ? { detail: named.detail } : {}) }));
}

/** The clause without "no longer"/"anymore" and its "not", or undefined when it has none. */
function stripNoLonger(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  for (const marker of lexicon.noLonger) {
    const at = indexOfWords(tokens, marker);
    if (at < 0) continue;
    const rest = [...tokens.slice(0, at), ...tokens.slice(at + marker.length)];
    return rest.filter((token, i) => token.norm !== 'not' && !(token.norm === 'do' && rest[i + 1]?.norm === 'not'));
  }
  return undefined;
}

/** What "I no longer have a cat" or "I don't live in Paris anymore" takes away. */
function removalsOf(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] {
  const stated = readStatement(tokens, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, lexicon);
    if (noun) return [{ kind: noun.kind, detail: noun.detail }];
  }
  return [];
}
