import type { MemoryLexicon } from './factKinds';
import { nounAt } from './kindNouns';
import type { Token } from './tokens';

/** "who's my oldest?": the kind of people asked about, which end of their ages, and the noun when one was said. */
export interface RankAsked {
  kind: string;
  /** The word as asked ("eldest"), to say it back. */
  rank: string;
  /** The oldest (`most`) or the youngest (`least`). */
  most: boolean;
  noun?: string;
}

/** Words that open a question about the oldest or youngest ("who's …", "which is …", "what's … called"). */
const ASKING = new Set(['who', 'which', 'what', 'whats', 'whos']);
const OWN = new Set(['my', 'our', 'the']);

/**
 * "who's my oldest?", "which is our youngest kid?", "what's my eldest daughter called?": a question about the
 * oldest or youngest of the people of a kind (`memoryRanks`; children unless a noun says otherwise), or undefined.
 */
export function rankAsked(tokens: readonly Token[], lexicon: MemoryLexicon): RankAsked | undefined {
  if (!ASKING.has(tokens[0]?.norm ?? '')) return undefined;
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!OWN.has(tokens[i].norm)) continue;
    const rank = lexicon.ranks.get(tokens[i + 1].norm);
    if (rank === undefined) continue;
    // "which of the grandkids is the youngest?": the people picked from may be named before.
    const noun = (i + 2 < tokens.length ? nounAt(tokens, i + 2, lexicon) : undefined) ?? peopleNamedBefore(tokens, i, lexicon);
    const kind = noun && lexicon.people.has(noun.kind) ? noun.kind : lexicon.rankedKind;
    return { kind, rank: tokens[i + 1].norm, most: rank, ...(noun && !noun.general && lexicon.people.has(noun.kind) ? { noun: noun.detail } : {}) };
  }
  return undefined;
}

/** The first noun of a kind of people before `end` ("which of *the grandkids* is …"). */
function peopleNamedBefore(tokens: readonly Token[], end: number, lexicon: MemoryLexicon): ReturnType<typeof nounAt> {
  for (let at = 1; at < end; at++) {
    const noun = nounAt(tokens, at, lexicon);
    if (noun && lexicon.people.has(noun.kind)) return noun;
  }
  return undefined;
}
