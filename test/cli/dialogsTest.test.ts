import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestBench, loadTests, runTests } from '../../src/cli/dialogsTest';
import { formatOutcome, runConversationTest, TestBench } from '../../src/cli/dialogsTest/runConversationTests';
import { dialogTestsJsonSchema, TESTS_SCHEMA_FILE } from '../../src/cli/dialogsSchema';
import { ContentError } from '../../src/content/loadDialogs';
import { TEST_MODEL_CACHE } from '../helpers/modelCache';
import { DIALOGS_DIR, realCatalog, realContent } from '../helpers/testRapport';

const fixture = (name: string) => join(__dirname, 'fixtures', 'dialogTests', name);

let bench: TestBench | undefined;
const theBench = () => (bench ??= createTestBench(realContent(), realCatalog(), TEST_MODEL_CACHE));

// The writers' tests in dialogs/tests/, one jest test each: `npm test` fails when one does.
describe('dialogs/tests (npm run dialogs:test)', () => {
  const shipped = loadTests(DIALOGS_DIR, theBench());

  it('ships tests for onboarding, commands in plain words, facts, recommendations and tone', () => {
    const files = new Set(shipped.map((located) => located.file.split('/').pop()));
    expect([...files].sort()).toEqual(expect.arrayContaining(['commands.yaml', 'facts.yaml', 'onboarding.yaml', 'recommendations.yaml', 'tone.yaml']));
    expect(shipped.length).toBeGreaterThanOrEqual(20);
  });

  it.each(shipped.map((located) => [`${located.file.split('/').pop()}:${located.line}: ${located.test.name}`, located] as const))('%s', async (_, located) => {
    const outcome = await runConversationTest(located, theBench());
    if (outcome.failure) throw new Error(formatOutcome(outcome));
  });
});

describe('the conversation test runner', () => {
  it('fails a test whose reply or profile does not match, at the step and line, with what came back', async () => {
    const outcomes = await runTests(loadTests(fixture('failing'), theBench()), theBench());
    expect(outcomes.map((outcome) => formatOutcome(outcome).split('\n'))).toEqual([
      [
        expect.stringMatching(/^ {2}✗ expects the wrong reply {2}\(.*a\.yaml:2\)$/),
        expect.stringMatching(/step 2 at .*a\.yaml:7: say "what is my name"$/),
        '      - expected reply name.unknown',
        '      - expected the text "Robin"',
        expect.stringMatching(/^ {6}\+ got name\.known \(friendly\): ".*Dana.*"$/),
      ],
      [
        expect.stringMatching(/✗ expects a fact that was never said/),
        expect.stringMatching(/step 1 at .*a\.yaml:11: after the last step$/),
        '      - expected the fact pet = Rex',
        expect.stringMatching(/\+ got name: \(none\)/),
        ...Array(5).fill(expect.any(String)),
      ],
    ]);
  });

  it('refuses a test file with schema problems or unknown reply keys, every problem with its line', () => {
    let error: unknown;
    try {
      loadTests(fixture('invalid'), theBench());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentError);
    const problems = (error as ContentError).problems.map((problem) => `${problem.file.split('/').pop()}:${problem.line} ${problem.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^a\.yaml:9 tests\.0\.steps\.1\.expect\.replys: /),
      expect.stringMatching(/^a\.yaml:12 tests\.1\.steps\.0: a step needs either "say" or "open: true"$/),
    ]);
  });

  it('refuses reply keys and fact kinds the content does not have', () => {
    expect(() => loadTests(fixture('unknownKeys'), theBench())).toThrow(/a\.yaml:6: reply "greeting\.typo" is not in dialogs\/[\s\S]*a\.yaml:9: fact kind "pets" is not in dialogs\//);
  });
});

describe('dialog tests JSON Schema', () => {
  it('is committed exactly as generated from the zod definitions (run `npm run dialogs:schema`)', () => {
    expect(readFileSync(join(__dirname, '..', '..', TESTS_SCHEMA_FILE), 'utf8')).toBe(dialogTestsJsonSchema());
  });

  it('is referenced on the first line of every test file', () => {
    const dir = join(DIALOGS_DIR, 'tests');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml'))) {
      expect(`${name}: ${readFileSync(join(dir, name), 'utf8').split('\n', 1)[0]}`).toBe(`${name}: # yaml-language-server: $schema=../../schema/dialogTests.schema.json`);
    }
  });
});
