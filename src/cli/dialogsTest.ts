// npm run dialogs:test [-- --dir dialogs --only <words in a test name>]: runs the conversation tests in
// dialogs/tests/*.yaml through the turn pipeline (fixed clock, seeded randomness, fresh storage per test)
// and prints a pass or a fail with file:line and what came back. jest runs the same tests
// (test/cli/dialogsTest.test.ts), so they are part of `npm test`.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentPaths, nluCacheDir } from '../config/loadConfig';
import { LocatedTest, loadConversationTests, TESTS_FOLDER } from '../content/loadConversationTests';
import { ContentError, formatProblem, loadDialogs } from '../content/loadDialogs';
import { REQUIRED_REPLIES } from '../createRapport';
import { createRecognizer } from '../nlu/createRecognizer';
import { Catalog, loadCatalog } from '../personalization/catalog';
import type { Content } from '../content/content';
import { findCity } from '../personalization/cities';
import { ManualClock } from '../util/clock';
import { DEFAULT_START, formatOutcome, runConversationTest, TestBench, TestOutcome } from './dialogsTest/runConversationTests';

/** Content, catalog and one trained recognizer, shared by every test of a run. */
export function createTestBench(content: Content, catalog: Catalog, cacheDir: string | false = false): TestBench {
  const clock = new ManualClock(DEFAULT_START);
  return { content, catalog, clock, recognizer: createRecognizer(content, findCity, { cacheDir, now: () => clock.now() }) };
}

/** The tests under `<dialogsDir>/tests/`, checked against the schema and the content. */
export function loadTests(dialogsDir: string, bench: TestBench): LocatedTest[] {
  return loadConversationTests(join(dialogsDir, TESTS_FOLDER), bench.content);
}

export async function runTests(tests: LocatedTest[], bench: TestBench): Promise<TestOutcome[]> {
  const outcomes: TestOutcome[] = [];
  // One after another: they share the bench's clock.
  for (const test of tests) outcomes.push(await runConversationTest(test, bench));
  return outcomes;
}

async function main(): Promise<void> {
  const paths = loadContentPaths();
  const { values } = parseArgs({ options: { dir: { type: 'string', default: paths.dialogsDir }, only: { type: 'string' } } });
  const dir = join(process.cwd(), values.dir);
  let tests: LocatedTest[];
  let bench: TestBench;
  try {
    bench = createTestBench(loadDialogs(dir, REQUIRED_REPLIES), loadCatalog(paths.catalogFile), nluCacheDir(process.env, process.env.NODE_ENV ?? 'development'));
    tests = loadTests(dir, bench);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.problems.length} problem(s) to fix first:\n${error.problems.map(formatProblem).join('\n')}`);
    process.exit(1);
  }
  const only = values.only?.toLowerCase();
  const chosen = only ? tests.filter((located) => located.test.name.toLowerCase().includes(only)) : tests;
  const started = Date.now();
  const outcomes = await runTests(chosen, bench);
  let file = '';
  for (const outcome of outcomes) {
    if (outcome.located.file !== file) console.log((file = outcome.located.file));
    console.log(formatOutcome(outcome));
  }
  const failed = outcomes.filter((outcome) => outcome.failure).length;
  console.log(`\n${outcomes.length - failed} passed, ${failed} failed (${outcomes.length} tests, ${outcomes.reduce((sum, o) => sum + o.steps, 0)} steps, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (failed > 0 || outcomes.length === 0) process.exit(1);
}

if (require.main === module) void main();
