import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LinearRecognizer } from '../../src/nlu/linearRecognizer';
import { NONE_INTENT } from '../../src/nlu/recognizer';

const examples = [
  ...['hello', 'hi there', 'good morning', 'hey how are you', 'hello friend'].map((text) => ({ text, intent: 'greet' })),
  ...['bye', 'goodbye', 'see you later', 'talk to you soon', 'good night, bye'].map((text) => ({ text, intent: 'farewell' })),
  ...['thanks', 'thank you so much', 'many thanks', 'cheers, thanks', 'thank you'].map((text) => ({ text, intent: 'thank' })),
];

describe('LinearRecognizer', () => {
  it('answers with a Recognition: intent, score, top intents and the entities it is given', async () => {
    const recognizer = LinearRecognizer.train(examples, { model: { seed: 3 }, entities: (text) => (text.includes('much') ? [{ type: 'amount', value: 'much', text: 'much' }] : []) });
    const recognition = await recognizer.recognize('thank you very much');
    expect(recognition).toMatchObject({ intent: 'thank', entities: [{ type: 'amount', value: 'much', text: 'much' }], sentiment: 0 });
    expect(recognition.score).toBe(recognition.intents[0].score);
    expect((await recognizer.recognize('qwxz vbnm')).intent).toBe(NONE_INTENT);
  });

  it('trains once and then loads the cached model while the examples are unchanged', async () => {
    const cacheDir = join(mkdtempSync(join(tmpdir(), 'rapport-nlu-')), 'nested');
    const first = LinearRecognizer.loadOrTrain(examples, cacheDir, { model: { seed: 3 } });
    const cacheFile = join(cacheDir, `${first.model.hash}.json`);
    const writtenAt = statSync(cacheFile).mtimeMs;
    const second = LinearRecognizer.loadOrTrain(examples, cacheDir, { model: { seed: 3 } });
    expect(statSync(cacheFile).mtimeMs).toBe(writtenAt);
    expect(second.model.hash).toBe(first.model.hash);
    // What the start-up log and /healthz report: trained the first time, loaded the second.
    expect(first.info).toMatchObject({ source: 'trained', examples: examples.length, hash: first.model.hash });
    expect(first.info.trainSeconds).toBeGreaterThan(0);
    expect(second.info).toMatchObject({ source: 'cache', examples: examples.length, trainSeconds: 0, intents: first.info.intents });
    expect(await second.recognize('see you soon')).toEqual(await first.recognize('see you soon'));

    const changed = LinearRecognizer.loadOrTrain([...examples, { text: 'farewell', intent: 'farewell' }], cacheDir, { model: { seed: 3 } });
    expect(changed.model.hash).not.toBe(first.model.hash);
    // The stale model is removed: the directory holds only the current one.
    expect(readdirSync(cacheDir)).toEqual([`${changed.model.hash}.json`]);
  });

  it('retrains over a corrupt cache', () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'rapport-nlu-'));
    const hash = LinearRecognizer.train(examples, { model: { seed: 3 } }).model.hash;
    writeFileSync(join(cacheDir, `${hash}.json`), '{"format":');
    const recognizer = LinearRecognizer.loadOrTrain(examples, cacheDir, { model: { seed: 3 } });
    expect(JSON.parse(readFileSync(join(cacheDir, `${hash}.json`), 'utf8')).hash).toBe(recognizer.model.hash);
  });
});
