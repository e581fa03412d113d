import { crossValidate } from '../../src/nlu/crossValidation';

const examples = [
  ...['hello', 'hi there', 'good morning', 'hey', 'howdy', 'hiya'].map((text) => ({ text, intent: 'greet' })),
  ...['goodbye', 'bye now', 'see you later', 'farewell', 'catch you later', 'so long'].map((text) => ({ text, intent: 'bye' })),
  ...['tell me a joke', 'make me laugh', 'say something funny', 'a joke please', 'know any jokes', 'joke time'].map((text) => ({ text, intent: 'joke' })),
];

describe('crossValidate', () => {
  it('predicts every example once, with a model that never saw it, the same way on every run', () => {
    const first = crossValidate(examples, { folds: 3 });
    expect(first.map((p) => p.text).sort()).toEqual(examples.map((e) => e.text).sort());
    for (const p of first) expect(p.runnerUp?.intent).not.toBe(p.top);
    expect(crossValidate(examples, { folds: 3 })).toEqual(first);
  });
});
