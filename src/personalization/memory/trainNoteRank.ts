import { NOTE_RANK_FEATURES, NO_NOTE, noteRankScore, type NoteRankFeatures } from './noteRank';

/** One choice: the notes there were, and which of them hold the answer (none may). */
export type RankList = { notes: ReadonlyArray<{ features: NoteRankFeatures; answers: boolean }> };

export type TrainOptions = { epochs?: number; rate?: number; l2?: number };

/** A list's options: its notes and "none of them", which is right when no note holds the answer. */
function options(list: RankList): Array<{ features: NoteRankFeatures; answers: boolean }> {
  return [...list.notes, { features: NO_NOTE, answers: !list.notes.some((note) => note.answers) }];
}

/**
 * Fits the note ranker's weights: a listwise softmax over each list's notes and "none of them" (the chance the model
 * gives the right options, made as large as it can be), by gradient steps on features scaled to one standard
 * deviation, with an L2 penalty that keeps weights small. Returns the weights in the features' own units.
 */
export function trainNoteRank(lists: readonly RankList[], settings: TrainOptions = {}): number[] {
  const { epochs = 600, rate = 0.2, l2 = 0.01 } = settings;
  const all = lists.map(options);
  const rows = all.flat().map((option) => NOTE_RANK_FEATURES.map((name) => option.features[name]));
  const spread = NOTE_RANK_FEATURES.map((_, k) => {
    const values = rows.map((row) => row[k]);
    const mean = values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    const variance = values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, values.length);
    return Math.sqrt(variance) || 1;
  });
  const scaled = all.map((list) => list.map((option) => ({ x: NOTE_RANK_FEATURES.map((name, k) => option.features[name] / spread[k]), answers: option.answers })));
  const w = NOTE_RANK_FEATURES.map(() => 0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gradient = w.map((value) => l2 * value);
    for (const list of scaled) {
      const scores = list.map((option) => option.x.reduce((sum, value, k) => sum + value * w[k], 0));
      const top = Math.max(...scores);
      const exp = scores.map((score) => Math.exp(score - top));
      const total = exp.reduce((sum, value) => sum + value, 0);
      const right = exp.reduce((sum, value, i) => sum + (list[i].answers ? value : 0), 0);
      // The gradient of -log(right / total): what the model expects of x, less what it expects among the right options.
      for (const [i, option] of list.entries()) {
        const weight = exp[i] / total - (option.answers ? exp[i] / right : 0);
        for (let k = 0; k < w.length; k++) gradient[k] += (weight * option.x[k]) / scaled.length;
      }
    }
    for (let k = 0; k < w.length; k++) w[k] -= rate * gradient[k];
  }
  return w.map((value, k) => value / spread[k]);
}

/**
 * How the weights choose over lists: how often a note is chosen (`fires`), how often that note holds the answer
 * (`right`), and how often one is chosen where none holds it (`wrongWhenNone`), against how many lists have a note that does.
 */
export function choices(lists: readonly RankList[], weights: readonly number[]): { lists: number; answerable: number; fires: number; right: number; wrongWhenNone: number } {
  let fires = 0;
  let right = 0;
  let wrongWhenNone = 0;
  for (const list of lists) {
    const best = list.notes.reduce<{ answers: boolean; score: number } | undefined>((chosen, note) => {
      const score = noteRankScore(note.features, weights);
      return !chosen || score >= chosen.score ? { answers: note.answers, score } : chosen;
    }, undefined);
    if (!best || best.score <= noteRankScore(NO_NOTE, weights)) continue;
    fires += 1;
    if (best.answers) right += 1;
    if (!list.notes.some((note) => note.answers)) wrongWhenNone += 1;
  }
  return { lists: lists.length, answerable: lists.filter((list) => list.notes.some((note) => note.answers)).length, fires, right, wrongWhenNone };
}
