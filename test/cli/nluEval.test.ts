import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossValidateDialogs, evaluateDataset } from '../../src/cli/nluEval';
import { DIALOGS_DIR } from '../helpers/testRapport';

const topics: Record<string, string[]> = {
  weather: ['weather', 'rain', 'sunny', 'forecast', 'umbrella', 'cold outside', 'snow', 'temperature'],
  music: ['play music', 'song', 'playlist', 'album', 'jazz', 'rock band', 'listen to', 'volume up'],
  alarm: ['alarm', 'wake me', 'timer', 'remind me at', 'snooze', 'morning alarm', 'set a timer', 'cancel alarm'],
};
const rows = (prefixes: string[]) => Object.entries(topics).flatMap(([intent, words]) => words.flatMap((word) => prefixes.map((p) => [`${p} ${word}`, intent])));

describe('nlu:eval', () => {
  it('scores a dataset file with out-of-scope keys and reports every figure', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rapport-eval-')), 'toy.json');
    const outOfScope = ['what is the capital of peru', 'who wrote hamlet', 'how tall is everest', 'translate hello to french'].map((text) => [text, 'oos']);
    writeFileSync(file, JSON.stringify({ name: 'toy', train: rows(['please', 'can you', 'i want']), val: rows(['hey']), test: rows(['now']), oos_val: outOfScope.slice(0, 2), oos_test: outOfScope.slice(2) }));
    const { scores, forcedChoiceAcc } = evaluateDataset(file);
    expect(forcedChoiceAcc).toBeGreaterThanOrEqual(scores.in_scope_acc);
    expect(Object.keys(scores).sort()).toEqual(['in_scope_acc', 'in_scope_marked_oos', 'macro_f1', 'oos_recall', 'train_s', 'us_per_msg']);
    expect(scores.in_scope_acc).toBeGreaterThan(80);
    expect(scores.oos_recall).not.toBeNull();
  });

  it('cross-validates the shipped dialogs, counting the `none` examples as out-of-scope queries', () => {
    const { scores } = crossValidateDialogs(DIALOGS_DIR);
    expect(scores.oos_recall).toBeGreaterThan(50);
    expect(scores.in_scope_acc).toBeGreaterThan(30);
  });
});
