import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDialogs, SCHEMA_COMMENT } from '../../src/cli/dialogsCheck';
import { dialogsJsonSchema, SCHEMA_FILE } from '../../src/cli/dialogsSchema';
import { DIALOGS_DIR } from '../helpers/testRapport';

const fixture = (name: string) => join(__dirname, 'fixtures', name);

describe('dialogs:check', () => {
  it('passes the shipped dialogs', () => {
    expect(checkDialogs(DIALOGS_DIR).errors).toEqual([]);
  });

  it('reports an intent with too few examples as an error, with file and line', () => {
    const { errors } = checkDialogs(fixture('tooFew'), []);
    expect(errors).toEqual([expect.objectContaining({ file: expect.stringContaining('a.yaml'), line: 6, message: expect.stringMatching(/intent "wave" has 1 example; it needs at least 3/) })]);
  });

  it('warns about replies missing tones and files without the schema comment, without failing', () => {
    const { errors, warnings } = checkDialogs(fixture('valid'), []);
    expect(errors).toEqual([]);
    const messages = warnings.map((w) => `${w.file.split('/').pop()}:${w.line ?? '-'} ${w.message}`);
    expect(messages).toEqual(expect.arrayContaining([expect.stringMatching(/^a\.yaml:6 reply "greet" has no concise, playful variants/), expect.stringMatching(/^b\.yaml:1 first line should be/)]));
  });
});

describe('dialogs JSON Schema', () => {
  it('is committed exactly as generated from the zod definitions (run `npm run dialogs:schema`)', () => {
    expect(readFileSync(join(__dirname, '..', '..', SCHEMA_FILE), 'utf8')).toBe(dialogsJsonSchema());
  });

  it('is referenced on the first line of every dialogs file', () => {
    for (const name of readdirSync(DIALOGS_DIR).filter((file) => file.endsWith('.yaml'))) {
      expect(`${name}: ${readFileSync(join(DIALOGS_DIR, name), 'utf8').split('\n', 1)[0]}`).toBe(`${name}: ${SCHEMA_COMMENT}`);
    }
  });
});

describe('dialogs:check on conversation tests', () => {
  it('reports a test naming a reply content lacks, with file and line', () => {
    const { errors } = checkDialogs(fixture('badTest'), []);
    expect(errors).toEqual([expect.objectContaining({ file: expect.stringContaining('tests/a.yaml'), line: 6, message: 'reply "nope" is not in dialogs/' })]);
  });
});
