import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Content } from './content';
import { ConversationTest, conversationTestFileSchema, ProfileExpectation } from './conversationTestSchema';
import { ContentError } from './loadDialogs';
import { ContentProblem, Locate, parseYamlFile } from './yamlFile';

/** The folder under dialogs/ where writers keep conversation tests. */
export const TESTS_FOLDER = 'tests';

/** A test with where it is written, so a failure points at the line to look at. */
export interface LocatedTest {
  test: ConversationTest;
  file: string;
  line?: number;
  /** The line of each step. */
  stepLines: Array<number | undefined>;
}

/**
 * Reads every dialogs/tests/*.yaml file and checks it against the schema and against the content (reply
 * keys and fact kinds must exist), reporting every problem at once with file:line.
 */
export function loadConversationTests(dir: string, content: Content): LocatedTest[] {
  const problems: ContentProblem[] = [];
  const tests: LocatedTest[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort() : [];
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const parsed = parseYamlFile(readFileSync(path, 'utf8'), file, conversationTestFileSchema, problems);
    if (!parsed) continue;
    parsed.data.tests.forEach((test, index) => {
      const at = ['tests', index];
      problems.push(...unknownNames(test, content, at, parsed.locate).map((problem) => ({ file, ...problem })));
      tests.push({ test, file, line: parsed.locate(at), stepLines: test.steps.map((_, step) => parsed.locate([...at, 'steps', step])) });
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return tests;
}

/** Reply keys and fact kinds the test names that content does not have (a typo would make a test that can never pass). */
function unknownNames(test: ConversationTest, content: Content, at: PropertyKey[], locate: Locate): Array<{ line?: number; message: string }> {
  const problems: Array<{ line?: number; message: string }> = [];
  const checkKeys = (keys: string | string[] | undefined, path: PropertyKey[]) => {
    for (const key of [keys ?? []].flat()) if (!content.replies.has(key)) problems.push({ line: locate(path), message: `reply "${key}" is not in dialogs/` });
  };
  const checkKind = (kind: string, path: PropertyKey[]) => {
    if (!content.facts.has(kind)) problems.push({ line: locate(path), message: `fact kind "${kind}" is not in dialogs/ (kinds: ${[...content.facts.keys()].join(', ')})` });
  };
  const checkFacts = (facts: Array<{ kind: string }> | undefined, path: PropertyKey[]) => facts?.forEach((fact, index) => checkKind(fact.kind, [...path, index]));
  const checkProfile = (profile: ProfileExpectation | undefined, path: PropertyKey[]) => {
    checkFacts(profile?.facts, [...path, 'facts']);
    profile?.noFacts?.forEach((kind, index) => checkKind(kind, [...path, 'noFacts', index]));
  };
  checkFacts(test.user?.facts, [...at, 'user', 'facts']);
  test.steps.forEach((step, index) => {
    const path = [...at, 'steps', index, 'expect'];
    checkKeys(step.expect?.reply, [...path, 'reply']);
    checkKeys(step.expect?.replies, [...path, 'replies']);
    checkKeys(step.expect?.notReply, [...path, 'notReply']);
    checkProfile(step.profile, [...at, 'steps', index, 'profile']);
  });
  checkProfile(test.after, [...at, 'after']);
  return problems;
}
