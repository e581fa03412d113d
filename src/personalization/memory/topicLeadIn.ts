/**
 * "music-wise I'm into shoegaze", "for music, I love Nordic folk", "food I can't stand: okra", "music: techno,
 * house": a category (`memoryCategories`) said first, as the topic of what follows. What follows is read as said,
 * and the tastes it tells are of that category, whether WordNet knows them or not ("shoegaze").
 */

import { matchWords } from './clauses';
import type { MemoryLexicon } from './factKinds';
import type { StatedFact } from './memoryReading';
import type { Token } from './tokens';

export interface TopicLeadIn {
  category: string;
  /** Where what is said of the topic begins. */
  end: number;
  /** Written as a label ("music: techno, house"): values alone after it are what one likes of it. */
  labelled: boolean;
}

export function topicLeadIn(tokens: readonly Token[], start: number, lexicon: MemoryLexicon): TopicLeadIn | undefined {
  const first = tokens[start]?.norm ?? '';
  // "music-wise", "food wise": the topic and its suffix.
  const suffix = lexicon.topicSuffixes.find((word) => first.endsWith(`-${word}`));
  if (suffix) {
    const category = lexicon.categories.get(first.slice(0, -suffix.length - 1));
    return category ? { category, end: pastComma(tokens, start + 1), labelled: false } : undefined;
  }
  const opened = lexicon.topicOpeners.map((phrase) => matchWords(tokens, start, phrase, lexicon.fillers)).find((end) => end > 0);
  const at = opened ?? start;
  const word = tokens[at]?.norm ?? '';
  const category = lexicon.categories.get(word);
  // A kind's own label ("languages:") is that kind's, no topic.
  if (!category || (lexicon.cues.get(word) ?? []).some((cue) => cue.labelled === true && cue.before.length <= 2)) return undefined;
  const suffixed = lexicon.topicSuffixes.includes(tokens[at + 1]?.norm ?? '');
  const next = suffixed ? at + 2 : at + 1;
  const following = tokens[next]?.norm;
  if (following === ':') return { category, end: next + 1, labelled: true };
  const topical = opened !== undefined || suffixed;
  if (following === ',' && topical) return { category, end: next + 1, labelled: false };
  // "food I can't stand: okra", "for music I love Nordic folk": what one says of it, in one's own words.
  const labelLater = tokens.slice(next).some((token) => token.norm === ':');
  if (SPEAKERS.has(following ?? '') && (topical || labelLater)) return { category, end: next, labelled: false };
  return undefined;
}

const SPEAKERS = new Set(['i', 'my', 'we', 'our']);

function pastComma(tokens: readonly Token[], at: number): number {
  return tokens[at]?.norm === ',' ? at + 1 : at;
}

/**
 * The words said of a topic: after its lead-in, and values alone after a label's colon read as what one likes of
 * it ("music: techno, house" → "i like techno, house"), unless they state something themselves.
 */
export function saidOfTopic(tokens: readonly Token[], topic: TopicLeadIn, lexicon: MemoryLexicon, states: (said: Token[]) => boolean): Token[] {
  const said = tokens.slice(topic.end);
  if (!topic.labelled || said.length === 0 || SPEAKERS.has(said[0].norm) || states(said)) return said;
  return [...lexicon.topicValues.map((norm) => ({ raw: '', norm })), ...said];
}

/**
 * Marks the tastes just read under a topic with its category, as their detail: kinds that shape recommendations
 * (likes, dislikes, foods avoided), one value of many, not kept per thing.
 */
export function markTopic(facts: readonly StatedFact[], category: string, lexicon: MemoryLexicon): void {
  for (const fact of facts) {
    const definition = lexicon.kinds.get(fact.kind)?.definition;
    if (definition?.recommendations !== undefined && definition.many === true && definition.perDetail !== true && fact.detail === undefined) fact.detail = category;
  }
}
