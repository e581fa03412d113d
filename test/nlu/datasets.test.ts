import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIntentDataset, parseIntentDataset } from '../../src/nlu/datasets';

describe('intent datasets', () => {
  it('reads the shared format, trimming padded texts', () => {
    const dataset = parseIntentDataset({ name: 'tiny', train: [['\n hello  there ', 'greet']], test: [['hi', 'greet']] });
    expect(dataset).toMatchObject({ name: 'tiny', train: [{ text: 'hello there', intent: 'greet' }], test: [{ text: 'hi', intent: 'greet' }] });
    expect(dataset.val).toBeUndefined();
    expect(dataset.oosTest).toBeUndefined();
  });

  it('accepts val and out-of-scope splits', () => {
    const dataset = parseIntentDataset({
      train: [['a', 'x']],
      val: [['b', 'x']],
      test: [['c', 'x']],
      oos_train: [['d', 'oos']],
      oos_val: [['e', 'oos']],
      oos_test: [['f', 'oos']],
    });
    expect(dataset.val).toHaveLength(1);
    expect([dataset.oosTrain, dataset.oosVal, dataset.oosTest].map((split) => split?.[0].intent)).toEqual(['oos', 'oos', 'oos']);
  });

  it.each([
    [null, /JSON object/],
    [{ test: [] }, /train: expected an array/],
    [{ train: 'nope', test: [] }, /train: expected an array/],
    [{ train: [['text only']], test: [] }, /train\.0: expected \[text, intent\]/],
  ])('explains what is wrong with malformed input %#', (input, message) => {
    expect(() => parseIntentDataset(input, 'd')).toThrow(message);
  });

  it('names the file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-datasets-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{ not json');
    expect(() => loadIntentDataset(file)).toThrow(/broken\.json/);
  });
});
