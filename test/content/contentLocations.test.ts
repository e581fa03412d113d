import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentLocations } from '../../src/content/contentLocations';
import { DIALOGS_DIR } from '../helpers/testRapport';

/** The line of the first line in a dialogs file that matches, counted from 1. */
function lineOf(file: string, pattern: RegExp, after = 0): number {
  const lines = readFileSync(join(DIALOGS_DIR, file), 'utf8').split('\n');
  return lines.findIndex((line, i) => i >= after && pattern.test(line)) + 1;
}

describe('contentLocations', () => {
  const where = contentLocations(DIALOGS_DIR);

  it('finds each intent, each of its examples, and each reply, with file and line', () => {
    const greet = lineOf('smalltalk.yaml', /^ {2}greet:/);
    expect(where.intents.get('greet')).toEqual({ file: expect.stringMatching(/dialogs\/smalltalk\.yaml$/), line: greet });
    expect(where.examples.get('greet')?.[0]?.line).toBeGreaterThan(greet);
    expect(where.replies.get('fallback')?.file).toMatch(/\.yaml$/);
  });

  it("finds a fact kind's answer as the reply fact.<kind>.answer", () => {
    const speaks = lineOf('memory.yaml', /^ {2}speaks:/);
    expect(where.replies.get('fact.speaks.answer')).toEqual({ file: expect.stringMatching(/dialogs\/memory\.yaml$/), line: lineOf('memory.yaml', /^ {4}answer:/, speaks) });
  });
});
