import type { LabeledText } from '../../src/nlu/datasets';
import { IntentModel } from '../../src/nlu/intentModel';
import { LinearModel, softmaxInPlace } from '../../src/nlu/linearModel';
import { NONE_INTENT } from '../../src/nlu/recognizer';

const toyExamples: Record<string, string[]> = {
  greet: ['hello there', 'hi', 'hey, how are you', 'good morning', 'hello, nice to meet you', 'hi there friend', 'hey hey', 'good evening to you'],
  weather: [
    'what is the weather like today',
    'will it rain tomorrow',
    'is it going to be sunny this weekend',
    'how cold is it outside',
    'weather forecast for paris',
    'do i need an umbrella today',
    'temperature outside right now',
    'is it snowing in the mountains',
  ],
  music: [
    'play some jazz',
    'put on my workout playlist',
    'play the latest song by adele',
    'i want to listen to rock music',
    'skip this song',
    'turn the music up',
    'play something relaxing',
    'start my favourite album',
  ],
  alarm: [
    'wake me up at seven am',
    'set an alarm for six thirty',
    'cancel my morning alarm',
    'set a timer for ten minutes',
    'remove all alarms',
    'alarm at noon please',
    'change my alarm to eight',
    'what alarms do i have set',
  ],
};

const toySet: LabeledText[] = Object.entries(toyExamples).flatMap(([intent, texts]) => texts.map((text) => ({ text, intent })));

describe('IntentModel', () => {
  const model = IntentModel.train(toySet, { seed: 7 });

  it('learns a small toy set, including texts it has not seen', () => {
    expect(model.predict('please play some music by the beatles').intent).toBe('music');
    expect(model.predict('is it going to rain in london').intent).toBe('weather');
    expect(model.predict('set my alarm for 5 am').intent).toBe('alarm');
    expect(model.predict('hello, good morning').intent).toBe('greet');
  });

  it('returns calibrated top-k scores, best first', () => {
    const prediction = model.predict('will it be sunny tomorrow', 3);
    expect(prediction.intents).toHaveLength(3);
    expect(prediction.intents[0].intent).toBe('weather');
    expect(prediction.score).toBe(prediction.intents[0].score);
    const scores = prediction.intents.map((i) => i.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const score of scores) expect(score).toBeGreaterThanOrEqual(0);
    expect(scores.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1 + 1e-9);
  });

  it.each(['xqzv kkjw plmf', 'zzzzzzzz', '', '   ', '!!!', 'asdfghjkl qwertyuiop'])('returns none for gibberish %p', (text) => {
    expect(model.predict(text).intent).toBe(NONE_INTENT);
  });

  it('scores out-of-domain text below in-domain text', () => {
    const inDomain = ['play some rock', 'will it snow tomorrow', 'set an alarm for nine'].map((text) => model.predict(text).score);
    const outOfDomain = ['what is the capital of mongolia', 'how do i file my taxes', 'recommend a good pizza recipe'].map((text) => model.predict(text).score);
    expect(Math.max(...outOfDomain)).toBeLessThan(Math.min(...inDomain));
  });

  it('returns none for out-of-domain text once out-of-scope examples (labelled oos) place the threshold', () => {
    const outOfScope = [
      'what is the meaning of life',
      'book me a flight to rome',
      'how much is a pizza',
      'tell me about history',
      'who won the football game',
      'what is my bank balance',
    ].map((text) => ({ text, intent: 'oos' }));
    const withOutOfScope = IntentModel.train([...toySet, ...outOfScope], { seed: 7 });
    expect(withOutOfScope.intents).not.toContain('oos');
    for (const text of ['what is the capital of mongolia', 'how do i file my taxes', 'recommend a good pizza recipe']) {
      expect(withOutOfScope.predict(text).intent).toBe(NONE_INTENT);
    }
    for (const text of ['play some rock', 'will it snow tomorrow', 'set an alarm for nine', 'hi, good morning']) {
      expect(withOutOfScope.predict(text).intent).not.toBe(NONE_INTENT);
    }
  });

  it('scores by the per-token fast path exactly as the plain sparse dot product', () => {
    const restored = IntentModel.fromJSON(JSON.parse(JSON.stringify(model)));
    const linear = LinearModel.fromState(model.toJSON().linear);
    for (const text of ['play jazz jazz', 'will it rain tomorrow in paris', 'set an alarm for 7', 'qqq', '']) {
      const slow = softmaxInPlace(linear.logits(restored.vectorize(text)), model.temperature);
      const fast = model.predict(text, model.intents.length).intents;
      for (const { intent, score } of fast) expect(score).toBeCloseTo(slow[model.intents.indexOf(intent)], 6);
    }
  });

  it('gives identical predictions after a toJSON/fromJSON round trip', () => {
    const restored = IntentModel.fromJSON(JSON.parse(JSON.stringify(model)));
    expect(restored.hash).toBe(model.hash);
    for (const text of ['play jazz', 'rain tomorrow?', 'wake me at 6', 'qqq', 'hi']) {
      expect(restored.predict(text)).toEqual(model.predict(text));
    }
  });

  it('is deterministic for a given seed', () => {
    const again = IntentModel.train(toySet, { seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(model));
  });

  it('keys the cache by content: the hash changes with the examples and the options', () => {
    expect(IntentModel.contentHash(toySet, { seed: 7 })).toBe(model.hash);
    expect(IntentModel.contentHash(toySet, { seed: 8 })).not.toBe(model.hash);
    expect(IntentModel.contentHash(toySet.slice(1), { seed: 7 })).not.toBe(model.hash);
  });

  it('rejects a cache that is not a model, with a message that says what to do', () => {
    expect(() => IntentModel.fromJSON({ format: 'something else' })).toThrow(/retrain/);
    const broken = { ...JSON.parse(JSON.stringify(model)), threshold: 'high' };
    expect(() => IntentModel.fromJSON(broken)).toThrow(/threshold/);
    const short = { ...JSON.parse(JSON.stringify(model)), thresholds: [0.5] };
    expect(() => IntentModel.fromJSON(short)).toThrow(/one threshold per intent/);
  });

  it('needs at least two intents', () => {
    expect(() => IntentModel.train([{ text: 'hi', intent: 'greet' }])).toThrow(/two intents/);
  });
});
