import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadIntentDataset } from '../../src/nlu/datasets';
import { IntentModel } from '../../src/nlu/intentModel';

// The shared data lives next to the repository (see /work/shared/data/intents/README.md); it is never copied in.
const datasetFile = join(__dirname, '..', '..', '..', 'shared', 'data', 'intents', 'hwu64.json');
const available = existsSync(datasetFile);
if (!available) console.error(`Skipping the HWU64 accuracy test: ${datasetFile} is absent.`);

(available ? describe : describe.skip)('IntentModel on HWU64 (real data)', () => {
  it('classifies the HWU64 test split with at least 85% accuracy', () => {
    const dataset = loadIntentDataset(datasetFile);
    const model = IntentModel.train(dataset.train, { seed: 1 });
    const correct = dataset.test.filter((example) => model.predict(example.text).intents[0].intent === example.intent).length;
    expect(correct / dataset.test.length).toBeGreaterThanOrEqual(0.85);
  }, 120_000);
});
