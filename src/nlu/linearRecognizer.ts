import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabeledText } from './datasets';
import { IntentModel, type TrainingProgress } from './intentModel';
import { type IntentModelOptions } from './intentModelOptions';
import type { Entity, ModelInfo, Recognition, Recognizer } from './recognizer';

export interface LinearRecognizerOptions {
  model?: Partial<IntentModelOptions>;
  /** Entities found in the message (numbers, dates, list entities); none when absent. */
  entities?: (text: string) => Entity[];
  progress?: TrainingProgress;
}

/** Intents from the intent model, plus entities; sentiment is left to a wrapper. */
export class LinearRecognizer implements Recognizer {
  readonly info: ModelInfo;

  constructor(
    readonly model: IntentModel,
    private readonly entities: (text: string) => Entity[] = () => [],
    info: Partial<ModelInfo> = {},
    private readonly topK = 5,
  ) {
    this.info = { intents: model.intents.length, examples: 0, source: 'trained', trainSeconds: 0, hash: model.hash, ...info };
  }

  static train(examples: readonly LabeledText[], options: LinearRecognizerOptions = {}): LinearRecognizer {
    const started = process.hrtime.bigint();
    const model = IntentModel.train(examples, options.model, options.progress);
    return new LinearRecognizer(model, options.entities, { examples: examples.length, trainSeconds: secondsSince(started) });
  }

  /**
   * Reuses the model cached in `cacheDir` as `<content hash>.json` when it was trained on exactly
   * these examples and options; otherwise trains and writes it there, removing older models. A
   * missing, stale or unreadable cache only costs a retrain.
   */
  static loadOrTrain(examples: readonly LabeledText[], cacheDir: string, options: LinearRecognizerOptions = {}): LinearRecognizer {
    const hash = IntentModel.contentHash(examples, options.model);
    const cacheFile = join(cacheDir, `${hash}.json`);
    const cached = readCachedModel(cacheFile);
    if (cached?.hash === hash) return new LinearRecognizer(cached, options.entities, { examples: examples.length, source: 'cache' });
    const trained = LinearRecognizer.train(examples, options);
    writeCache(cacheDir, cacheFile, trained.model);
    return trained;
  }

  async recognize(text: string): Promise<Recognition> {
    const prediction = this.model.predict(text, this.topK);
    return { intent: prediction.intent, score: prediction.score, intents: prediction.intents, entities: this.entities(text), sentiment: 0 };
  }
}

function secondsSince(started: bigint): number {
  return Number((Number(process.hrtime.bigint() - started) / 1e9).toFixed(3));
}

function writeCache(cacheDir: string, cacheFile: string, model: IntentModel): void {
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename, so a crash mid-write never leaves a torn cache behind.
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(model));
  renameSync(temporary, cacheFile);
  const current = cacheFile.slice(cacheDir.length + 1);
  for (const name of readdirSync(cacheDir)) {
    if (/^[0-9a-f]{64}\.json$/.test(name) && name !== current) rmSync(join(cacheDir, name), { force: true });
  }
}

function readCachedModel(cacheFile: string): IntentModel | undefined {
  let text: string;
  try {
    text = readFileSync(cacheFile, 'utf8');
  } catch {
    return undefined;
  }
  try {
    return IntentModel.fromJSON(JSON.parse(text));
  } catch {
    return undefined;
  }
}
