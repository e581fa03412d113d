import type { NoteLexicon } from './readNotes';
import { stem } from './readNotes';
import { tokenize } from './tokens';

/** What a related note needs to know of words: WordNet's kinds near a noun, and a word's tags. */
export interface Relating {
  /** What WordNet files a noun under within a step or two ("marathon" → footrace, race; "flatmate" → friend). */
  nearKindsOf(word: string): ReadonlySet<string>;
  /** Part-of-speech tags, most frequent first; undefined for a word the lexicon does not know. */
  tags(word: string): readonly string[] | undefined;
}

/** How strongly a word of a note meets a word of the question. */
const SAME = 1;
/** "flatmate" holds "flat", "roommate-turned-best-friend" holds "friend"; "marathon" is a race. */
const NEAR = 0.8;
/** A word of the question is a kind of the note's ("daughter" is a child, a note says "kid"). */
const ABOVE = 0.6;
/** Shortest word met inside a longer one ("flat" in "flatmate"; "art" in "party" is no meeting). */
const MIN_INSIDE = 4;

/**
 * The note most related to a question that nothing kept answers: "when is my race?" of "training for a half
 * marathon in May" (WordNet files a marathon under race), "who do I share my flat with?" of "my flatmate Jess …",
 * "who's my best friend?" of "my roommate-turned-best-friend is Chiamaka". A question's word meets a note's when
 * they share a stem, when it is a part of the note's word (a compound), or when WordNet files one right under the
 * other. At least half of the question's words must meet the note's, so a question that only shares its topic
 * ("which friend keeps cancelling on me?") is not answered by a note about another friend. The latest note wins a tie.
 */
export function relatedNote<T extends { text: string }>(notes: readonly T[], asked: readonly string[], lexicon: NoteLexicon, relating: Relating): { note: T; part: string } | undefined {
  const words = [...new Set(asked.map((word) => word.toLowerCase()).filter((word) => !lexicon.stopWords.has(word) && !/\d/.test(word)))];
  if (words.length === 0) return undefined;
  const scoreOf = (text: string): number => {
    const said = tokenize(text, lexicon.memory.contractedIs)
      .map((token) => token.norm)
      .filter((word) => /\p{L}/u.test(word));
    const meetings = words.map((word) => meets(word, said, lexicon, relating));
    const met = meetings.filter((strength) => strength > 0).length;
    return met === 0 || met * 2 < words.length ? 0 : meetings.reduce((sum, strength) => sum + strength, 0);
  };
  let best: { note: T; score: number } | undefined;
  for (const note of notes) {
    const score = scoreOf(note.text);
    if (score > 0 && (!best || score >= best.score)) best = { note, score };
  }
  if (!best || best.score < NEAR) return undefined;
  // "my dog's back home w my parents in plano, he is a golden named mango": only the part that meets the question
  // answers, so the reply does not recite the rest.
  const { note, score } = best;
  const part = note.text.split(PARTS).find((piece) => scoreOf(piece) >= score);
  return { note, part: part?.trim() || note.text };
}

/** Where a note parts into what may be told alone: commas, semicolons, "and", "but". */
const PARTS = /\s*[,;]\s*|\s+(?:and|but)\s+/i;

/** How strongly one word of a question meets a note's words (and pairs of them: "african grey", "half marathon"). */
function meets(word: string, said: readonly string[], lexicon: NoteLexicon, relating: Relating): number {
  const own = stem(word, lexicon);
  const asNoun = isNoun(word, relating);
  const general = lexicon.generalNouns.has(word);
  let strength = 0;
  for (const [at, one] of said.entries()) {
    if (lexicon.stopWords.has(one)) continue;
    if (stem(one, lexicon) === own) return SAME;
    if (word.length >= MIN_INSIDE && holds(one, word)) strength = Math.max(strength, NEAR);
    if (general || !asNoun) continue;
    const pair = at + 1 < said.length ? `${one} ${said[at + 1]}` : undefined;
    for (const phrase of pair ? [one, pair] : [one]) {
      if ((phrase === pair || isNoun(one, relating)) && relating.nearKindsOf(phrase).has(word)) strength = Math.max(strength, NEAR);
    }
    if (!lexicon.generalNouns.has(one) && isNoun(one, relating) && relating.nearKindsOf(word).has(one)) strength = Math.max(strength, ABOVE);
  }
  return strength;
}

/** "flatmate" holds "flat", "roommate-turned-best-friend" holds "friend": a compound that has the word as one of its parts. */
function holds(compound: string, word: string): boolean {
  if (compound === word) return false;
  if (compound.includes('-')) return compound.split('-').includes(word);
  return compound.length >= word.length + 3 && (compound.startsWith(word) || compound.endsWith(word));
}

function isNoun(word: string, relating: Relating): boolean {
  return (relating.tags(word)?.[0] ?? 'NN').startsWith('NN');
}
