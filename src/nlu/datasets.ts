import { readFileSync } from 'node:fs';

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

export function loadIntentDataset(path: string): IntentDataset {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read intent dataset ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return parseIntentDataset(parsed, path);
}

export function parseIntentDataset(value: unknown, source = 'dataset'): IntentDataset {
  if (!isRecord(value)) throw new Error(`${source}: expected a JSON object with train and test splits`);
  const train = parseSplit(value.train, `${source}.train`);
  const test = parseSplit(value.test, `${source}.test`);
  if (!train || !test) throw new Error(`${source}: the train and test splits are required`);
  return {
    name: typeof value.name === 'string' ? value.name : source,
    train,
    test,
    val: parseSplit(value.val, `${source}.val`),
    oosTrain: parseSplit(value.oos_train, `${source}.oos_train`),
    oosVal: parseSplit(value.oos_val, `${source}.oos_val`),
    oosTest: parseSplit(value.oos_test, `${source}.oos_test`),
  };
}

function parseSplit(value: unknown, where: string): LabeledText[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new Error(`${where}: expected an array of [text, intent] pairs`);
  return value.map((row: unknown, i) => {
    if (!Array.isArray(row) || typeof row[0] !== 'string' || typeof row[1] !== 'string') {
      throw new Error(`${where}[${i}]: expected [text, intent] as two strings`);
    }
    // Some sources pad texts with newlines or doubled spaces.
    return { text: row[0].trim().replace(/\s+/g, ' '), intent: row[1] };
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
