import { z } from 'zod';
import table from '../../../data/noteRank.json';

/**
 * Which note answers a question the rules found no answer for, if any, learned: a linear score over what each note
 * shares with the question, against the score of "none of them" (the `none` feature alone), trained on people who
 * told the bot about themselves and then asked (`npm run train:noteRank`, weights in data/noteRank.json).
 */

/** What is measured of a note for a question, in the order of the weights. */
export const NOTE_RANK_FEATURES = [
  // The hand score's parts: shared words (weighted by how rare they are among the person's notes), how much of the
  // question is said, a word of the kind asked, of the kind the question's head names, an occupation asked as work.
  'words',
  'wantedShare',
  'kind',
  'head',
  'work',
  // When it was said: later notes over earlier ones, and no later note saying the same words.
  'recency',
  'latestOfWords',
  // "now", "instead", "actually": a note that changes what was said before.
  'changed',
  // What a note holds that may be an answer: a name, a number, a time; and how long it is.
  'name',
  'number',
  'time',
  'length',
  // The hand score itself.
  'hand',
  // A value of the sort the question asks for: a name for "who", a number for "how many", a time for "when", a city for "where".
  'sortPerson',
  'sortNumber',
  'sortTime',
  'sortPlace',
  // Said of oneself ("I", "my", "we").
  'own',
  // Words of the question and of the note that WordNet files one under the other within two steps ("exam" and "midterm").
  'near',
  // 1 for "none of the notes answers" only: its weight is the score a note must beat.
  'none',
] as const;

export type NoteRankFeature = (typeof NOTE_RANK_FEATURES)[number];
export type NoteRankFeatures = Record<NoteRankFeature, number>;

const weightsFile = z.object({
  about: z.string(),
  features: z.array(z.string()),
  weights: z.array(z.number().finite()),
});

/** The weights, checked against the features at start-up: a file for other features is an error that says so. */
export function loadWeights(raw: unknown): readonly number[] {
  const parsed = weightsFile.parse(raw);
  const problems: string[] = [];
  if (parsed.features.join(',') !== NOTE_RANK_FEATURES.join(',')) problems.push(`data/noteRank.json: features ${parsed.features.join(',')} are not ${NOTE_RANK_FEATURES.join(',')} (train again: npm run train:noteRank)`);
  if (parsed.weights.length !== NOTE_RANK_FEATURES.length) problems.push(`data/noteRank.json: ${parsed.weights.length} weights for ${NOTE_RANK_FEATURES.length} features`);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  return parsed.weights;
}

const WEIGHTS = loadWeights(table);

/** The learned score of a note's features. */
export function noteRankScore(features: NoteRankFeatures, weights: readonly number[] = WEIGHTS): number {
  let score = 0;
  for (const [index, name] of NOTE_RANK_FEATURES.entries()) score += (weights[index] ?? 0) * features[name];
  return score;
}

/** The features of "none of the notes answers". */
export const NO_NOTE: NoteRankFeatures = Object.fromEntries(NOTE_RANK_FEATURES.map((name) => [name, name === 'none' ? 1 : 0])) as NoteRankFeatures;

/** The note that answers, when its learned score beats that of none answering; undefined else. */
export function rankedNote<T extends { text: string }>(candidates: ReadonlyArray<{ note: T; features: NoteRankFeatures }>, weights: readonly number[] = WEIGHTS): T | undefined {
  probe?.(candidates.map((candidate) => ({ text: candidate.note.text, features: candidate.features })));
  let best: { note: T; score: number } | undefined;
  for (const candidate of candidates) {
    const score = noteRankScore(candidate.features, weights);
    if (!best || score >= best.score) best = { note: candidate.note, score };
  }
  return best && best.score > noteRankScore(NO_NOTE, weights) ? best.note : undefined;
}

let probe: ((notes: ReadonlyArray<{ text: string; features: NoteRankFeatures }>) => void) | undefined;

/** For the training script only (`npm run train:noteRank`): told the features of the notes of every choice made. */
export function probeNoteRanks(listener: ((notes: ReadonlyArray<{ text: string; features: NoteRankFeatures }>) => void) | undefined): void {
  probe = listener;
}
