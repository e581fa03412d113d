import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LabeledText } from './datasets';
import { IntentModel, type IntentModelOptions } from './intentModel';
import type { Recognition, Recognizer } from './recognizer';

/** Intents from the linear intent model; entities and sentiment are left to other stages. */
export class LinearRecognizer implements Recognizer {
  constructor(
    readonly model: IntentModel,
    private readonly topK = 5,
  ) {}

  static train(examples: readonly LabeledText[], options: Partial<IntentModelOptions> = {}): LinearRecognizer {
    return new LinearRecognizer(IntentModel.train(examples, options));
  }

  /**
   * Reuses the model cached in `cacheFile` when it was trained on exactly these examples and
   * options (same content hash); otherwise trains and rewrites the cache. A missing, stale or
   * unreadable cache only costs a retrain.
   */
  static loadOrTrain(examples: readonly LabeledText[], cacheFile: string, options: Partial<IntentModelOptions> = {}): LinearRecognizer {
    const hash = IntentModel.contentHash(examples, options);
    const cached = readCachedModel(cacheFile);
    if (cached?.hash === hash) return new LinearRecognizer(cached);
    const model = IntentModel.train(examples, options);
    mkdirSync(dirname(cacheFile), { recursive: true });
    // Write then rename, so a crash mid-write never leaves a torn cache behind.
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(model));
    renameSync(temporary, cacheFile);
    return new LinearRecognizer(model);
  }

  async recognize(text: string): Promise<Recognition> {
    const prediction = this.model.predict(text, this.topK);
    return { intent: prediction.intent, score: prediction.score, intents: prediction.intents, entities: [], sentiment: 0 };
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
