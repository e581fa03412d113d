import { memoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Turn, TurnDependencies } from '../turn';
import { namedOnes } from './memoryWho';

/** Pronouns that may stand for someone named just before; the possessive forms are read with what follows. */
const STANDS_FOR = new Set(['he', 'she', 'they', 'him', 'her', 'them', 'his', 'their']);
const POSSESSIVE = new Set(['his', 'their']);
const ASKS = new Set(['what', 'whats', 'where', 'wheres', 'when', 'whens', 'who', 'whos', 'which', 'how', 'is', 'does', 'did', 'do', 'are', 'was', 'were', 'has', 'have']);
/** How many messages back a pronoun may reach for the one it stands for. */
const LOOK_BACK = 3;
/** How far after "my" the noun may come ("my youngest grandchild"). */
const NOUN_WITHIN = 3;

/**
 * "what's my daughter's name?" and then "how old is she?": a question whose someone is only a pronoun leans on
 * the one the previous message named ("my daughter", "Maja"). Returns the question asked of them ("how old is
 * my daughter?"), or undefined when the message is no such question or the previous one named no one.
 */
export function pronounAsked(turn: Turn, deps: TurnDependencies): string | undefined {
  // Most messages say no such pronoun: nothing is read for them.
  if (!turn.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => STANDS_FOR.has(word))) return undefined;
  const before = turn.loaded.profile.memory.turns.slice(-LOOK_BACK).map((said) => said.text).reverse();
  if (before.length === 0) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const tokens = tokenize(turn.text, lexicon.contractedIs);
  const words = tokens.filter((token) => !isPunctuation(token));
  const asked = tokens.some((token) => token.norm === '?') || ASKS.has(words[0]?.norm.replace(/'/g, '') ?? '');
  const at = words.findIndex((token) => STANDS_FOR.has(token.norm));
  // "my son, how is his name?", "what was my husband called, God rest him?": the one it stands for is in the message.
  if (!asked || at < 0 || lastNamed(turn.text, turn, deps) !== undefined) return undefined;
  // "how old is she?" … "and what's her name?": the last message before that named someone.
  const someone = before.map((said) => lastNamed(said, turn, deps)).find((named) => named !== undefined);
  if (!someone) return undefined;
  const pronoun = words[at];
  const next = words[at + 1];
  // "what's her name?": "her" before a noun is whose; "do I call her Bee?" is whom.
  const whose = POSSESSIVE.has(pronoun.norm) || (pronoun.norm === 'her' && next !== undefined && /^(NN|JJ)/.test(wordLexicon().tags(next.norm)?.[0] ?? ''));
  const typed = new RegExp(`(?<![\\p{L}\\p{N}])${pronoun.raw || pronoun.norm}(?![\\p{L}\\p{N}])`, 'iu');
  return turn.text.replace(typed, whose ? `${someone}'s` : someone);
}

/** The someone the previous message named last: "my" and a noun of a kind that holds names, or a name told before. */
function lastNamed(previous: string, turn: Turn, deps: TurnDependencies): string | undefined {
  const lexicon = memoryLexicon(deps.content);
  const words = tokenize(previous, lexicon.contractedIs).filter((token) => !isPunctuation(token));
  const names = new Set(namedOnes(turn.loaded.profile, deps).map((one) => one.name.toLowerCase()));
  let found: { at: number; said: string } | undefined;
  for (const [at, token] of words.entries()) {
    if (names.has(token.norm)) found = { at, said: token.raw || token.norm };
    if (token.norm !== 'my') continue;
    const end = words.slice(at + 1, at + 1 + NOUN_WITHIN).findIndex((word) => holdsNames(word, deps));
    if (end >= 0) found = { at, said: ['my', ...words.slice(at + 1, at + 2 + end).map(typedWord)].join(' ') };
  }
  return found?.said;
}

function holdsNames(token: Token, deps: TurnDependencies): boolean {
  const word = token.norm.replace(/'s$/, '');
  return (memoryLexicon(deps.content).nouns.get(word) ?? []).some(({ kind }) => deps.content.facts.get(kind)?.value === 'name');
}

function typedWord(token: Token): string {
  return (token.raw || token.norm).replace(/['’]s$/u, '');
}
