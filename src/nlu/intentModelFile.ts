import { z } from 'zod';

/** Bumped whenever the cached form changes: an older cache is retrained, never misread. */
export const INTENT_MODEL_FORMAT_VERSION = 4;

const finite = z.number();
const featureOptions = z.object({ charMin: finite, charMax: finite, wordWeight: finite, minDocFrequency: finite });

/** The cached form of a trained model (data/state/nlu-cache/<hash>.json). */
const intentModelJsonSchema = z.object({
  format: z.literal('rapport-intent-model'),
  version: z.literal(INTENT_MODEL_FORMAT_VERSION),
  hash: z.string(),
  options: z.object({
    features: featureOptions,
    svm: z.object({ c: finite, epochs: finite, tolerance: finite }),
    seed: finite,
    calibrationBudget: finite,
    maxFalseRejection: finite,
  }),
  intents: z.array(z.string()),
  temperature: finite,
  threshold: finite,
  /** Each intent's `none` threshold, in the order of `intents`. */
  thresholds: z.array(finite),
  vectorizer: z.object({
    options: featureOptions,
    documentCount: finite,
    wordFeatureCount: finite,
    /** Base64 Int32Arrays: the kept feature hashes and their document frequencies. */
    hashes: z.string(),
    documentFrequencies: z.string(),
  }),
  linear: z.object({ featureCount: finite, classCount: finite, weights: z.string(), bias: z.string() }),
});

export type IntentModelJson = z.infer<typeof intentModelJsonSchema>;

/** Checks a cached model's shape before use: a stale or hand-edited cache must fail loudly. */
export function parseIntentModelJson(value: unknown): IntentModelJson {
  const header = z.object({ format: z.literal('rapport-intent-model'), version: z.literal(INTENT_MODEL_FORMAT_VERSION) }).safeParse(value);
  if (!header.success) throw new Error(`Not a rapport-intent-model of version ${INTENT_MODEL_FORMAT_VERSION}: retrain instead of loading this cache`);
  const parsed = intentModelJsonSchema.safeParse(value);
  if (!parsed.success) throw new Error(`Intent model JSON: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'model'} ${issue.message}`).join('; ')}`);
  if (parsed.data.thresholds.length !== parsed.data.intents.length) throw new Error('Intent model JSON: one threshold per intent expected');
  return parsed.data;
}
