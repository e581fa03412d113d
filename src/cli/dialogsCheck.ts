// npm run dialogs:check [-- --dir dialogs]: the same validation as start-up, without starting the bot.
// Errors (exit code 1): YAML syntax, unknown keys, duplicates, too few examples, missing replies, and
// conversation tests (dialogs/tests/) that break their schema or name reply keys or fact kinds content lacks.
// Warnings: replies with per-tone variants that lack a tone, files without the schema comment.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Content, missingTones } from '../content/content';
import { contentLocations } from '../content/contentLocations';
import { ContentError, formatProblem, loadDialogs, type ContentProblem } from '../content/loadDialogs';
import { REQUIRED_REPLIES } from '../createRapport';
import { loadConversationTests, TESTS_FOLDER } from '../content/loadConversationTests';
import { loadContentPaths } from '../config/loadConfig';

export const SCHEMA_COMMENT = '# yaml-language-server: $schema=../schema/dialogs.schema.json';

export interface CheckResult {
  errors: ContentProblem[];
  warnings: ContentProblem[];
}

/** Validates a dialogs directory as start-up does, plus warnings that do not stop the bot. */
export function checkDialogs(dir: string, requiredReplies: readonly string[] = REQUIRED_REPLIES): CheckResult {
  const warnings: ContentProblem[] = schemaCommentWarnings(dir);
  let content: Content;
  try {
    content = loadDialogs(dir, requiredReplies);
  } catch (error) {
    if (error instanceof ContentError) return { errors: error.problems, warnings };
    throw error;
  }
  // The conversation tests in dialogs/tests/ are content too: a broken one is an error here, not only in dialogs:test.
  try {
    loadConversationTests(join(dir, TESTS_FOLDER), content);
  } catch (error) {
    if (error instanceof ContentError) return { errors: error.problems, warnings };
    throw error;
  }
  const where = contentLocations(dir).replies;
  for (const key of content.replies.keys()) {
    const missing = missingTones(content, key);
    if (missing.length > 0) warnings.push({ ...(where.get(key) ?? { file: dir }), message: `reply "${key}" has no ${missing.join(', ')} variants; the friendly ones are used for ${missing.length === 1 ? 'that tone' : 'those tones'}` });
  }
  return { errors: [], warnings };
}

function schemaCommentWarnings(dir: string): ContentProblem[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .filter((name) => readFileSync(join(dir, name), 'utf8').split('\n', 1)[0].trim() !== SCHEMA_COMMENT)
    .map((name) => ({ file: relative(process.cwd(), join(dir, name)), line: 1, message: `first line should be "${SCHEMA_COMMENT}" so editors validate the file` }));
}

function main(): void {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: loadContentPaths().dialogsDir } } });
  const { errors, warnings } = checkDialogs(join(process.cwd(), values.dir));
  if (warnings.length > 0) console.log(`${warnings.length} warning(s):\n${warnings.map(formatProblem).join('\n')}`);
  if (errors.length > 0) {
    console.error(`${errors.length} error(s): fix these before starting the bot:\n${errors.map(formatProblem).join('\n')}`);
    process.exit(1);
  }
  console.log(`${values.dir}/ is valid.`);
}

if (require.main === module) main();
