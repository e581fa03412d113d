import { memoryLexicon } from '../../personalization/memory/factKinds';
import { matchWords } from '../../personalization/memory/clauses';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Turn, TurnDependencies } from '../turn';
import { namedOnes } from './memoryWho';
import { askedIn, lastNamed, standingFor } from './readPronounAsk';

/** Words that ask, opening a question ("where", "which day"). */
const QUESTION_WORDS = new Set(['what', 'where', 'when', 'who', 'which', 'how']);
/** Pronouns a follow-up may ask of instead ("and her?"), by the one they stand for. */
const OBJECTS = new Set(['her', 'him', 'his', 'hers', 'them', 'their']);
/** What may close a bare question word ("where is it?", "when's that?"): it asks of the same thing. */
const SAME_THING = new Set(['it', 'that', 'this']);
const COPULAS = new Set(['is', 'are', 'was', 'were']);

/**
 * "where does my sister live?" and then "and my brother?": a message that says only whom it now asks about,
 * after words that lean on the previous question ("and", "what about"), asks that question again of them ("where
 * does my brother live?"); "and her?" of the one of her gender named before, not the one just asked about. "when?"
 * or "and which day?" asks it again with the new question word ("when am I flying to?" after "where am I flying
 * to?"). Only after a question memory answered: undefined otherwise, and the message is read as it is.
 */
export function followUpAsked(turn: Turn, deps: TurnDependencies): string | undefined {
  const previous = turn.loaded.profile.memory.turns.at(-1);
  if (!previous?.answered) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const words = tokenize(turn.text, lexicon.contractedIs).filter((token) => !isPunctuation(token));
  const leadIn = lexicon.followUps.map((phrase) => matchWords(words, 0, phrase, new Set())).filter((end) => end > 0).reduce((max, end) => Math.max(max, end), 0);
  const kept = words.slice(leadIn).filter((token) => !lexicon.fillers.has(token.norm));
  // "and at what time?", "in which room?": a preposition before the question word asks the same as the word alone.
  const rest = kept.length > 1 && isPreposition(kept[0]) && QUESTION_WORDS.has(kept[1].norm) ? kept.slice(1) : kept;
  // "what time is it?" asks the clock, whatever was asked before.
  if (rest.length === 0 || lexicon.asksOfNow.has(rest.map((token) => token.norm).join(' '))) return undefined;
  const asked = tokenize(askedIn(previous), lexicon.contractedIs).filter((token) => !isPunctuation(token));
  if (QUESTION_WORDS.has(rest[0].norm)) return withQuestionWord(asked, rest);
  return leadIn > 0 ? askedOfOther(asked, rest, turn, deps) : undefined;
}

/** "when?" after "where am I flying to?": the question again, with the new question word in place of the old. */
function withQuestionWord(asked: readonly Token[], rest: readonly Token[]): string | undefined {
  const said = questionWordEnd(rest);
  // Only the question word, and "is it" or "'s that" after it.
  const tail = rest.slice(said).map((token) => token.norm);
  // "how much for?", "who with?": a preposition left at the end closes the question asked again.
  const stranded = tail.length === 1 && isPreposition(rest[said]) ? [rest[said]] : [];
  if (!(tail.length === 0 || stranded.length > 0 || (tail.length === 2 && COPULAS.has(tail[0]) && SAME_THING.has(tail[1])))) return undefined;
  if (!QUESTION_WORDS.has(asked[0]?.norm ?? '')) return undefined;
  const old = questionWordEnd(asked);
  if (rest.slice(0, said).map((token) => token.norm).join(' ') === asked.slice(0, old).map((token) => token.norm).join(' ')) return undefined;
  const again = asked.slice(old);
  // "how much for?" after "what did I sell for 20?": the preposition is said once.
  if (stranded.length > 0 && again.at(-1)?.norm === stranded[0].norm) stranded.pop();
  return spoken([...rest.slice(0, said), ...again, ...stranded]);
}

/** Whether a word is a preposition ("at", "in", "for", "to"), by its tag; never "that". */
function isPreposition(token: Token): boolean {
  return !SAME_THING.has(token.norm) && ['IN', 'TO'].includes(wordLexicon().tags(token.norm)?.[0] ?? '');
}

/** Where a question's opening ends: its question word, and the noun or adjective it asks by ("which day", "how old"). */
function questionWordEnd(words: readonly Token[]): number {
  const next = words[1];
  const tag = next ? (wordLexicon().tags(next.norm)?.[0] ?? '') : '';
  return next && /^(NN|JJ)/.test(tag) && !SAME_THING.has(next.norm) ? 2 : 1;
}

/** "and my brother?" after "where does my sister live?": the question asked again, of the one the message says. */
function askedOfOther(asked: readonly Token[], rest: readonly Token[], turn: Turn, deps: TurnDependencies): string | undefined {
  const span = someoneIn(asked, turn, deps);
  if (!span) return undefined;
  const named = new Set(namedOnes(turn.loaded.profile, deps).map((one) => one.name.toLowerCase()));
  const possessive = rest.at(-1)?.norm === "'s";
  const said = possessive ? rest.slice(0, -1) : rest;
  let other: string | undefined;
  if (said.length === 1 && OBJECTS.has(said[0].norm)) {
    // "and her?": the one she stands for, not the one the question was about.
    other = standingFor(said[0].norm, turn, deps, span.said)[0];
  } else if (said.length === 1 && named.has(said[0].norm)) other = said[0].raw || said[0].norm;
  else if (said[0]?.norm === 'my' && said.length > 1) other = lastNamed(spoken(said), turn, deps);
  // "and my brother is 30": more than whom it asks about, so no follow-up.
  if (said[0]?.norm === 'my' && other?.split(/\s+/).length !== said.length) return undefined;
  if (!other || other.toLowerCase() === span.said.toLowerCase()) return undefined;
  const whose = span.possessive ? `${other}'s` : other;
  return spoken([...asked.slice(0, span.start), { raw: whose, norm: whose.toLowerCase() }, ...asked.slice(span.end)]);
}

/** The someone a question asks about, where it is said, and whether it says whose ("my son's", "his"). */
function someoneIn(asked: readonly Token[], turn: Turn, deps: TurnDependencies): { start: number; end: number; said: string; possessive: boolean } | undefined {
  const said = lastNamed(spoken(asked), turn, deps);
  if (!said) return undefined;
  const words = said.toLowerCase().split(/\s+/);
  const start = asked.findIndex((_, at) => words.every((word, index) => asked[at + index]?.norm.replace(/['’]s$/u, '') === word));
  if (start < 0) return undefined;
  const end = start + words.length;
  const possessive = asked[end]?.norm === "'s";
  return { start, end: possessive ? end + 1 : end, said, possessive };
}

/** Tokens said again as a message: contractions and marks joined as typed. */
function spoken(tokens: readonly Token[]): string {
  const text = tokens.reduce((said, token) => {
    if (token.raw === '' && token.norm) return `${said} ${token.norm}`;
    if (/^['’]s$/u.test(token.norm) || isPunctuation(token)) return `${said}${token.raw || token.norm}`;
    return `${said} ${token.raw || token.norm}`;
  }, '');
  return `${text.trim()}?`;
}
