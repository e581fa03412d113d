/**
 * What a message takes away: "forget my cat" and the forget requests that name only words, "no longer" and
 * "anymore", and the phrases of a loss ("passed away") that split a clause.
 */

import { indexOfWords, matchWords, type Clause, wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import type { ValueContext } from './readValue';
import { aboutQuestion, someoneNamed } from './readOthers';
import { readDetailQuestion } from './readDetail';
import { isPunctuation, type Token } from './tokens';
import { nounAt } from './kindNouns';
import { type FactTarget, type MemoryReading, NAME_TARGET, PERSON_TARGET } from './memoryReading';
import { readStatement } from './readStatements';
import { readRelations } from './readRelations';
import { isQuestionWord, kindsNamed } from './readQuestions';

const EVERYTHING = [['everything'], ['all'], ['me'], ['about', 'me'], ['everything', 'about', 'me'], ['all', 'about', 'me'], ['my', 'data'], ['my', 'profile'], ['it', 'all'], ['all', 'of', 'it'], ['who', 'i', 'am']];

const OWN_NAME = [['my', 'name'], ['my', 'first', 'name'], ['what', 'i', 'am', 'called'], ['what', 'my', 'name', 'is'], ['my', 'nickname']];

/** Words before a forget verb that only ask nicely or pause ("wait, forget my sis's name"). */
const POLITE = new Set(['please', 'can', 'could', 'would', 'will', 'you', 'kindly', 'now', 'wait', 'oh', 'actually', 'also', 'and']);

/** Words an aside may take before a comma and a forget request ("ok hold on, please forget …"). */
const OPENING_WORDS = 3;

/** What a forget clause asks: the kinds or facts it names, or else only its words. */
interface ForgetRead {
  targets?: FactTarget[];
  words: string[];
}

export function keepForget(reading: MemoryReading, forget: ForgetRead, before: readonly Clause[], lexicon: MemoryLexicon): void {
  if (forget.targets) {
    reading.forget.push(...forget.targets);
    return;
  }
  if (forget.words.length === 0 || reading.forgetSaid) return;
  const said = before.some((clause) => clause.tokens.filter((token) => !isPunctuation(token) && !POLITE.has(token.norm) && !lexicon.fillers.has(token.norm)).length >= 2);
  reading.forgetSaid = { words: forget.words, afterSaid: said };
}

/** "forget my cat", "please forget where I live", "forget that I like jazz"; not "forget everything". */
export function readForget(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): ForgetRead | undefined {
  const verbAt = (from: number) => {
    let start = from;
    while (start < tokens.length && (POLITE.has(tokens[start].norm) || lexicon.fillers.has(tokens[start].norm))) start++;
    return lexicon.forgetVerbs.map((words) => matchWords(tokens, start, words, new Set())).find((end) => end > 0);
  };
  // "ok hold on, please forget …", "on second thought, forget …": a few words and a comma before the request.
  const aside = tokens.findIndex((token) => token.norm === ',');
  const verb = verbAt(0) ?? (aside > 0 && aside <= OPENING_WORDS ? verbAt(aside + 1) : undefined);
  if (verb === undefined) return undefined;
  let rest = withoutWhereKept(tokens.slice(verb), lexicon);
  while (rest.length > 0 && ['about', 'that', 'the', 'fact', ','].includes(rest[0].norm)) rest = rest.slice(1);
  // "forget the bit about where I'm from", "forget the horse thing": a word that only points at what was said.
  if (rest.length > 2 && lexicon.vagueNouns.has(rest[0].norm) && ['about', 'where', 'with', 'on'].includes(rest[1].norm)) rest = rest.slice(rest[1].norm === 'about' ? 2 : 1);
  while (rest.length > 0 && ['about', 'that', 'the', 'fact', ','].includes(rest[0].norm)) rest = rest.slice(1);
  const vague = ['i', 'we'].includes(rest[0]?.norm ?? '') ? -1 : rest.findIndex((token, i) => i > 0 && lexicon.vagueNouns.has(token.norm));
  if (vague > 0) rest = rest.slice(0, vague);
  if (rest.length === 0 || EVERYTHING.some((words) => words.length === rest.length && wordsAt(rest, words, 0))) return undefined;
  // "forget my sis's name, she'd kill me": what to forget ends at a comma, when the whole says nothing to forget.
  const comma = rest.findIndex((token) => token.norm === ',');
  const targets = forgetTargets(rest, lexicon, values) ?? (comma > 0 ? forgetTargets(rest.slice(0, comma), lexicon, values) : undefined);
  const words = (comma > 0 ? rest.slice(0, comma) : rest).filter((token) => !isPunctuation(token)).map((token) => token.norm);
  return { ...(targets ? { targets } : {}), words };
}

/** "my birthday from your notes": what to forget, without where it is kept (memoryForgetFrom). */
function withoutWhereKept(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  const end = isPunctuation(tokens.at(-1) ?? { raw: '', norm: '' }) ? tokens.length - 1 : tokens.length;
  const from = lexicon.forgetFrom.find((words) => words.length < end && wordsAt(tokens, words, end - words.length));
  return from ? tokens.slice(0, end - from.length) : tokens;
}

/** What the words after "forget" name: the person's name, what was told of someone, someone, or facts and kinds. */
function forgetTargets(rest: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] | undefined {
  if (OWN_NAME.some((words) => words.length === rest.length && wordsAt(rest, words, 0))) return [{ kind: NAME_TARGET }];
  // "forget my sister's job": what was told about her.
  const about = aboutQuestion(rest, lexicon, (said) => kindsNamed(said, lexicon));
  if (about) return about.kinds.map((kind) => ({ kind, about: about.about }));
  const someone = someoneNamed(rest, lexicon);
  if (someone) return [{ kind: PERSON_TARGET, about: someone }];
  const stated = readStatement(rest, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  // "forget about my brother Fadi": the one named.
  const told = readRelations(rest, lexicon, values).facts;
  if (told.length > 0) return told.map((fact) => ({ kind: fact.kind, value: fact.value }));
  // "forget my age, feels weird having that saved": what to forget ends at a comma.
  const comma = rest.findIndex((token) => token.norm === ',');
  const detailed = readDetailQuestion(rest, lexicon, values, isQuestionWord) ?? (comma > 0 ? readDetailQuestion(rest.slice(0, comma), lexicon, values, isQuestionWord) : undefined);
  if (detailed) return [{ kind: detailed.kind, detail: detailed.detail }];
  const named = kindsNamed(rest, lexicon) ?? (comma > 0 ? kindsNamed(rest.slice(0, comma), lexicon) : undefined);
  if (!named) return undefined;
  return named.kinds.map((kind) => ({ kind, ...(named.detail ? { detail: named.detail } : {}) }));
}

/** The clause before and after the first of `phrases` it holds, or undefined when it holds none. */
export function splitAtPhrase(tokens: readonly Token[], phrases: readonly string[][]): { before: Token[]; after: Token[] } | undefined {
  for (const phrase of phrases) {
    const at = indexOfWords(tokens, phrase);
    if (at >= 0) return { before: tokens.slice(0, at), after: tokens.slice(at + phrase.length) };
  }
  return undefined;
}

/** The clause without "no longer"/"anymore" and its "not", or undefined when it has none. */
export function stripNoLonger(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  for (const marker of lexicon.noLonger) {
    const at = indexOfWords(tokens, marker);
    if (at < 0) continue;
    const rest = [...tokens.slice(0, at), ...tokens.slice(at + marker.length)];
    return rest.filter((token, i) => token.norm !== 'not' && !(token.norm === 'do' && rest[i + 1]?.norm === 'not'));
  }
  return undefined;
}

/** What "I no longer have a cat" or "I don't live in Paris anymore" takes away. */
export function removalsOf(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): FactTarget[] {
  const stated = readStatement(tokens, lexicon, values).facts;
  if (stated.length > 0) return stated.map((fact) => ({ kind: fact.kind, value: fact.value }));
  for (let i = 0; i < tokens.length; i++) {
    const noun = nounAt(tokens, i, lexicon);
    if (noun) return [{ kind: noun.kind, detail: noun.detail }];
  }
  return [];
}
