/**
 * What a message takes away: "forget my cat" and the forget requests that name only words, "no longer" and
 * "anymore", and the phrases of a loss ("passed away") that split a clause.
 */

import { indexOfWords, matchWords, type Clause, wordsAt } from './clauses';
import type { MemoryLexicon } from './factKinds';
import type { ValueContext } from './readValue';
import { aboutQuestion, namedAbout, someoneNamed } from './readOthers';
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
  /** Whose the thing named is ("gary" of "Gary's divorce"): not forgotten with it. */
  owner?: string;
  /** A whole matter asked to be forgotten ("the farewell *thing*", `memoryForgetWhole`), with the rest of the message that told it. */
  whole?: boolean;
}

export function keepForget(reading: MemoryReading, forget: ForgetRead, before: readonly Clause[], lexicon: MemoryLexicon): void {
  if (forget.targets) {
    reading.forget.push(...forget.targets);
    return;
  }
  if (forget.words.length === 0 || reading.forgetSaid) return;
  const said = before.some((clause) => clause.tokens.filter((token) => !isPunctuation(token) && !POLITE.has(token.norm) && !lexicon.fillers.has(token.norm)).length >= 2);
  reading.forgetSaid = { words: forget.words, afterSaid: said, ...(forget.owner ? { owner: forget.owner } : {}), ...(forget.whole ? { whole: true } : {}) };
}

/** "forget my cat", "please forget where I live", "forget that I like jazz"; not "forget everything". */
export function readForget(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): ForgetRead | undefined {
  const read = readForgetWords(tokens, lexicon, values);
  // "forget the farewell thing": the whole matter, named by a word after what it is about.
  return read && tokens.some((token, at) => at > 1 && lexicon.forgetWhole.has(token.norm)) ? { ...read, whole: true } : read;
}

function readForgetWords(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): ForgetRead | undefined {
  const politeFrom = (from: number) => {
    let start = from;
    while (start < tokens.length && (POLITE.has(tokens[start].norm) || lexicon.fillers.has(tokens[start].norm))) start++;
    return start;
  };
  // "I'd rather you forget about her", "can you please delete …": words that only ask for it come first.
  const verbAt = (from: number) => {
    const preface = lexicon.forgetPrefaces.map((words) => matchWords(tokens, politeFrom(from), words, new Set())).find((end) => end > 0);
    const start = politeFrom(preface ?? from);
    // "don't even remember him": a word that only softens or stresses may stand inside the verb.
    return lexicon.forgetVerbs.map((words) => matchWords(tokens, start, words, lexicon.fillers)).find((end) => end > 0);
  };
  // "ok hold on, please forget …", "on second thought, forget …": a few words and a comma before the request.
  const aside = tokens.findIndex((token) => token.norm === ',');
  const verb = verbAt(0) ?? (aside > 0 && aside <= OPENING_WORDS ? verbAt(aside + 1) : undefined);
  if (verb === undefined) return undefined;
  // "kids are at Burnside, drop off is 8:40", "strike out": the verb is another one, nothing is forgotten.
  if (lexicon.forgetVerbParticles.has(tokens[verb]?.norm ?? '')) return undefined;
  // "scratch that about the flat being in Harrogate, I moved …": a take-back of what was said, set right after it.
  // "scratch that the shop says it's 160 now": so too whatever follows a take-back that is no plain "forget that …".
  if (takesBackThat(tokens, verb, lexicon)) return undefined;
  // "forget please what I said about the allergy": a word asking nicely after the verb says nothing to forget.
  const said = whatToForget(withoutWhereKept(tokens.slice(politeFrom(verb)), lexicon), lexicon);
  if (!said) return undefined;
  const { rest, framed } = said;
  // "forget my sis's name, she'd kill me": what to forget ends at a comma, when the whole says nothing to forget.
  const comma = rest.findIndex((token) => token.norm === ',');
  // "forget I said my age actually that felt weird": a word that only softens ends what is named, comma or not.
  const softener = (words: readonly Token[]) => words.findIndex((token, at) => at > 0 && (POLITE.has(token.norm) || lexicon.fillers.has(token.norm)));
  const targetsOf = (words: readonly Token[]) => {
    const soft = softener(words);
    return forgetTargets(words, lexicon, values) ?? (comma > 0 ? forgetTargets(words.slice(0, comma), lexicon, values) : undefined) ?? (soft > 0 ? forgetTargets(words.slice(0, soft), lexicon, values) : undefined);
  };
  // "forget what I said I do for work": the frame may be part of how the kind is said.
  const targets = targetsOf(rest) ?? (framed ? targetsOf(framed) : undefined);
  // As typed: a word read as a typo of another ("aspirin" as "aspiring") is forgotten as said.
  const words = withoutTrailingFillers(comma > 0 ? rest.slice(0, comma) : rest, lexicon).filter((token) => !isPunctuation(token)).map((token) => (/^\p{L}+$/u.test(token.raw) ? token.raw.toLowerCase() : token.norm))
    // "the living-with-parents thing": a phrase joined by hyphens names its words.
    .flatMap((word) => (/^\p{L}+(?:-\p{L}+){2,}$/u.test(word) ? word.split('-') : [word]));
  // "my supervisor's name": what is forgotten is the supervisor, whom the name names.
  const nameNoun = lexicon.nameNouns.find((noun) => words.length > noun.length + 1 && words[words.length - noun.length - 1] === "'s" && noun.every((word, at) => words[words.length - noun.length + at] === word));
  if (nameNoun && !targets) return { words: words.slice(0, words.length - nameNoun.length - 1) };
  // "Gary's divorce": what is forgotten is the divorce, not Gary, when something is said after whose it is.
  const owner = words.findIndex((_, at) => words[at + 1] === "'s" && at + 2 < words.length);
  if (owner >= 0) return { ...(targets ? { targets } : {}), words: [...words.slice(0, owner), ...words.slice(owner + 2)], owner: words[owner] };
  // "forget that Andrés works nights": what is said of someone named goes, not who it is said of.
  if (!targets && saidOfSomeone(rest, words, values)) return { words: words.slice(1), owner: words[0] };
  return { ...(targets ? { targets } : {}), words };
}

/**
 * Whether the forget verb that ends at `verb` is a take-back made with "that" ("scratch that"), which sets right
 * what follows it rather than naming what to forget: followed by "about" or a comma, or made with any verb but one
 * of `memoryForgetThatVerbs` ("forget that I like jazz" forgets; "scratch that the shop says it's 160" sets right).
 */
export function takesBackThat(tokens: readonly Token[], verb: number, lexicon: MemoryLexicon): boolean {
  if (tokens[verb]?.norm !== 'that' || verb === 0) return false;
  const before = tokens[verb - 1].norm;
  if (!lexicon.retractions.some((words) => words.length === 2 && words[1] === 'that' && words[0] === before)) return false;
  return ['about', ','].includes(tokens[verb + 1]?.norm ?? ',') || !lexicon.forgetThatVerbs.has(before);
}

/** Whether what to forget opens with a name and a verb said of it, and says more ("Andrés works nights"). */
function saidOfSomeone(rest: readonly Token[], words: readonly string[], values: ValueContext): boolean {
  const [name, verb] = rest;
  if (!name || !verb || words.length < 3 || name.norm === 'i' || !/^\p{Lu}\p{Ll}/u.test(name.raw) || words[0] !== name.raw.toLowerCase()) return false;
  return (values.words.tags(verb.norm) ?? []).some((tag) => /^(VB[ZDP]?|MD)$/.test(tag));
}

/** Words that only lead to what is forgotten ("about", "that", "the"). */
const LEADS = ['about', 'that', 'the', 'fact', ','];

/**
 * What a forget request names, without the words that only point at it: "the bit about", "what I said about",
 * "that I mentioned", "the … thing", "… info". `framed`: the words before "what I said" was taken off, when it was.
 */
function whatToForget(tokens: Token[], lexicon: MemoryLexicon): { rest: Token[]; framed?: Token[] } | undefined {
  const lead = (words: Token[]) => {
    let at = 0;
    while (at < words.length && LEADS.includes(words[at].norm)) at++;
    return words.slice(at);
  };
  let rest = lead(tokens);
  let framed: Token[] | undefined;
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    // "forget the bit about where I'm from", "forget the horse thing": a word that only points at what was said.
    if (rest.length > 2 && lexicon.vagueNouns.has(rest[0].norm) && ['about', 'where', 'with', 'on', 'of'].includes(rest[1].norm)) {
      rest = lead(rest.slice(['about', 'of'].includes(rest[1].norm) ? 2 : 1));
      changed = true;
    }
    const frame = lexicon.forgetSaid.find((words) => words.length < rest.length && wordsAt(rest, words, 0));
    if (frame) {
      framed ??= rest;
      rest = lead(rest.slice(frame.length));
      changed = true;
    }
  }
  const vague = ['i', 'we'].includes(rest[0]?.norm ?? '') ? -1 : rest.findIndex((token, i) => i > 0 && lexicon.vagueNouns.has(token.norm));
  if (vague > 0) rest = rest.slice(0, vague);
  if (rest.length === 0 || EVERYTHING.some((words) => words.length === rest.length && wordsAt(rest, words, 0))) return undefined;
  return { rest, ...(framed ? { framed } : {}) };
}

/** "her honestly", "my salary pls": words that only soften the request at its end. */
function withoutTrailingFillers(tokens: Token[], lexicon: MemoryLexicon): Token[] {
  let end = tokens.length;
  while (end > 1 && (isPunctuation(tokens[end - 1]) || POLITE.has(tokens[end - 1].norm) || lexicon.fillers.has(tokens[end - 1].norm))) end--;
  return tokens.slice(0, end);
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
  // "forget Amira's age": what was told of someone named.
  const ofNamed = namedAbout(rest, lexicon, (word) => values.words.tags(word), (said) => kindsNamed(said, lexicon));
  if (ofNamed) return ofNamed.kinds.map((kind) => ({ kind, about: ofNamed.about }));
  const someone = someoneNamed(rest, lexicon) ?? someoneNamed(withoutNameNoun(rest, lexicon), lexicon);
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

/** "my boss's name" as "my boss": who someone is is all their name says. */
function withoutNameNoun(rest: readonly Token[], lexicon: MemoryLexicon): readonly Token[] {
  const end = isPunctuation(rest.at(-1) ?? { raw: '', norm: '' }) ? rest.length - 1 : rest.length;
  const noun = lexicon.nameNouns.find((words) => rest[end - words.length - 1]?.norm === "'s" && wordsAt(rest, words, end - words.length));
  return noun ? rest.slice(0, end - noun.length - 1) : rest;
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
