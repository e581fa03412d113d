import { z } from 'zod';
import { CodedError } from '../../util/codedError';
import { readJsonFile } from '../../util/readJsonFile';
import type { RankWeights } from './rankItems';

const weightsSchema = z.object({
  neighbour: z.number().min(0).max(100),
  content: z.number().min(0).max(100),
  trending: z.number().min(0).max(100),
  likeHalfLifeDays: z.number().positive().max(3650),
  trendHalfLifeDays: z.number().positive().max(3650),
  coHalfLifeDays: z.number().positive().max(3650),
  maxNeighbours: z.number().int().min(1).max(1000),
  neighbourScale: z.enum(['strongest', 'agreement']).optional(),
});

const tunedSchema = z.object({
  /** How and on what the weights were chosen (the command and the data), for the reader. */
  chosenBy: z.string(),
  weights: weightsSchema,
});

const fileSchema = z.object({
  $comment: z.string().optional(),
  /** For the bot: chosen on simulated users asking the real bot (`npm run tune:personalization -- --simulated`). */
  bot: tunedSchema.optional(),
  /** For replaying an interaction log: chosen on the earlier part of the dev log (`-- --interactions FILE`). */
  replay: tunedSchema
    .extend({
      /** The trending baseline's half-life, the best on the whole dev log (a strong baseline). */
      trendingBaselineHalfLifeDays: z.number().positive().max(3650),
    })
    .optional(),
});

export type RankWeightsFile = z.infer<typeof fileSchema>;

/** data/recommendWeights.json, validated: what `tune:personalization` chose. */
export function loadRankWeights(path: string): RankWeightsFile {
  return readJsonFile(path, fileSchema, (message) => new CodedError('CONTENT_INVALID', message));
}

export type { RankWeights };
