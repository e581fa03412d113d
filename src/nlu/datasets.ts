import { z } from 'zod';
import { describeIssues } from '../util/describeIssues';
import { readJsonFile } from '../util/readJsonFile';

/** One training or test example. */
export interface LabeledText {
  text: string;
  intent: string;
}

/** The shared intent-dataset format (see the data README): splits of `[text, intent]` pairs. */
export interface IntentDataset {
  name: string;
  train: LabeledText[];
  val?: LabeledText[];
  test: LabeledText[];
  /** Out-of-scope queries, where the dataset has them; their intent is always "oos". */
  oosTrain?: LabeledText[];
  oosVal?: LabeledText[];
  oosTest?: LabeledText[];
}

export const OOS_LABEL = 'oos';

/** A split: `[text, intent]` pairs; some sources pad texts with newlines or doubled spaces. */
const splitSchema = z
  .array(z.tuple([z.string(), z.string()], { error: 'expected [text, intent] as two strings' }), { error: 'expected an array of [text, intent] pairs' })
  .transform((rows) => rows.map(([text, intent]) => ({ text: text.trim().replace(/\s+/g, ' '), intent })));

const datasetSchema = z.object(
  {
    name: z.string().optional(),
    train: splitSchema,
    val: splitSchema.optional(),
    test: splitSchema,
    oos_train: splitSchema.optional(),
    oos_val: splitSchema.optional(),
    oos_test: splitSchema.optional(),
  },
  { error: 'expected a JSON object with train and test splits' },
);

export function loadIntentDataset(path: string): IntentDataset {
  return toDataset(readJsonFile(path, datasetSchema), path);
}

export function parseIntentDataset(value: unknown, source = 'dataset'): IntentDataset {
  const parsed = datasetSchema.safeParse(value);
  if (!parsed.success) throw new Error(`${source}: ${describeIssues(parsed.error, 'dataset')}`);
  return toDataset(parsed.data, source);
}

function toDataset(value: z.infer<typeof datasetSchema>, source: string): IntentDataset {
  return {
    name: value.name ?? source,
    train: value.train,
    test: value.test,
    val: value.val,
    oosTrain: value.oos_train,
    oosVal: value.oos_val,
    oosTest: value.oos_test,
  };
}
