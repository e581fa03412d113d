import { join } from 'node:path';
import { ContentError, loadDialogs } from '../../src/content/loadDialogs';
import { REQUIRED_REPLIES } from '../../src/createRapport';
import { DIALOGS_DIR } from '../helpers/testRapport';

function problemsIn(dir: string, required: readonly string[] = []) {
  try {
    loadDialogs(join(__dirname, 'fixtures', dir), required);
  } catch (err) {
    if (err instanceof ContentError) return err.problems;
    throw err;
  }
  throw new Error('expected a ContentError');
}

describe('loadDialogs', () => {
  it('loads the shipped dialogs with every reply the code needs', () => {
    const content = loadDialogs(DIALOGS_DIR, REQUIRED_REPLIES);
    expect(content.intents.size).toBeGreaterThan(5);
    for (const key of REQUIRED_REPLIES) expect(content.replies.has(key)).toBe(true);
  });

  it('reports duplicates across files with file and line', () => {
    const problems = problemsIn('duplicate');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringContaining('b.yaml'), line: 2, message: 'intent "greet" is defined twice' }),
        expect.objectContaining({ file: expect.stringContaining('b.yaml'), line: 7, message: 'example "Hello!" also appears under intent "greet"' }),
        expect.objectContaining({ file: expect.stringContaining('b.yaml'), line: 9, message: 'reply "greet" is defined twice' }),
      ]),
    );
  });

  it('reports unknown keys, empty lists, wrong types and missing replies all at once', () => {
    const problems = problemsIn('badKeys', ['welcome.new']);
    const messages = problems.map((p) => `${p.line ?? '-'} ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        '2 intents.greet.examples: is required',
        expect.stringMatching(/^3 intents\.greet\.exmples: Unrecognized key/),
        expect.stringMatching(/^6 intents\.empty\.examples: needs at least one example/),
        expect.stringMatching(/^10 replies\.broken: /),
        expect.stringMatching(/reply "welcome\.new" is missing/),
      ]),
    );
  });
});
