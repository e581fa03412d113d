// npm run dialogs:report [-- --dir dialogs --out FILE --json --fail-on-warnings --folds 5 --skip-unmatched]: how well the
// intent model tells the dialogs' intents apart (k-fold cross-validation on their own examples, fold
// models cached in NLU_CACHE_DIR), which intents it confuses and on what, near-duplicate and too few
// examples, replies nothing reaches or the code lacks, and what people said that nothing matched (from
// the store STORAGE_URL names, when INSIGHTS_UNMATCHED counted them). Writes a self-contained HTML page, prints a
// short summary (or the whole report as JSON with --json); --fail-on-warnings exits 1 on any warning.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, loadContentPaths, nluCacheDir } from '../config/loadConfig';
import { UnmatchedLog } from '../ops/unmatched/unmatchedLog';
import { createStorage, type OpenedStorage } from '../storage/createStorage';
import { FileStorage } from '../storage/fileStorage';
import type { Storage } from '../storage/storage';
import { CodedError } from '../util/codedError';
import { systemClock } from '../util/clock';
import { silentLogger } from '../util/logger';
import { systemRandom } from '../util/random';
import { ContentError, formatProblem, loadDialogs } from '../content/loadDialogs';
import { buildReport, DEFAULT_REPORT_OPTIONS, type DialogsReport } from './dialogsReport/buildReport';
import { renderHtml } from './dialogsReport/renderHtml';

export const DEFAULT_REPORT_FILE = join('data', 'state', 'dialogs-report.html');

const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);

/** The few lines a writer reads in the terminal; the HTML page has the rest. */
export function summarize(report: DialogsReport, htmlFile: string): string {
  const t = report.totals;
  const worst = report.intents.slice(0, 5).map((r) => `${r.intent} ${pct(r.f1)}`);
  const pairs = report.confusedPairs.slice(0, 5).map((p) => `${p.intents.join(' ↔ ')} (${p.count})`);
  const counts = new Map<string, number>();
  for (const w of report.warnings) counts.set(w.kind, (counts.get(w.kind) ?? 0) + 1);
  return [
    `${t.intents} intents, ${t.examples} examples, ${report.folds}-fold cross-validation in ${report.seconds.toFixed(1)} s`,
    `in-scope accuracy ${pct(t.accuracy)}, macro-F1 ${pct(t.macroF1)}, out-of-scope recall ${pct(t.outOfScopeRecall)}, in-scope rejected ${pct(t.rejectedInScope)}`,
    `weakest intents: ${worst.join(', ') || 'none'}`,
    `most confused: ${pairs.join(', ') || 'none'}`,
    ...unmatchedLines(report),
    report.warnings.length === 0 ? 'no warnings' : `${report.warnings.length} warning(s): ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}\n${report.warnings.map((w) => formatProblem({ file: w.file ?? report.dialogsDir, line: w.line, message: w.message })).join('\n')}`,
    `report: ${htmlFile}`,
  ].join('\n');
}

function unmatchedLines(report: DialogsReport): string[] {
  const unmatched = report.unmatched;
  if (!unmatched) return [];
  if ('unavailable' in unmatched) return [`unmatched messages: ${unmatched.unavailable}`];
  return [`unmatched messages (most said): ${unmatched.entries.slice(0, 5).map((e) => `"${e.text}" ×${e.count}`).join(', ') || 'none counted yet'}`];
}

/**
 * The unmatched-message counts from the store STORAGE_URL names. A file store that a running bot holds
 * is read beside it (FileStorage.peek); a PostgreSQL store is shared anyway.
 */
export async function readUnmatched(env: Record<string, string | undefined>): Promise<NonNullable<DialogsReport['unmatched']>> {
  let opened: OpenedStorage | undefined;
  const { storageUrl } = loadConfig(env);
  try {
    opened = await createStorage(storageUrl, silentLogger);
    return { entries: await new UnmatchedLog(opened.storage, systemClock, systemRandom).list() };
  } catch (error) {
    if (error instanceof CodedError && error.code === 'STORE_LOCKED') return readUnmatchedBeside(storageUrl);
    return { unavailable: `could not read the store: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await opened?.close();
  }
}

/** A file store a running bot holds: read as it is now, beside the bot, without its lock (nothing is written). */
async function readUnmatchedBeside(storageUrl: string): Promise<NonNullable<DialogsReport['unmatched']>> {
  try {
    const items = await FileStorage.peek(resolve(storageUrl.slice('file:'.length)));
    const storage: Storage = {
      read: async (keys) => Object.fromEntries(keys.flatMap((key) => (items.has(key) ? [[key, structuredClone(items.get(key))]] : []))),
      write: () => Promise.reject(new Error('read-only')),
      delete: () => Promise.reject(new Error('read-only')),
    };
    return { entries: await new UnmatchedLog(storage, systemClock, systemRandom).list() };
  } catch (error) {
    return { unavailable: `could not read the store beside the running bot: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(): Promise<void> {
  const paths = loadContentPaths();
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: paths.dialogsDir },
      out: { type: 'string', default: DEFAULT_REPORT_FILE },
      json: { type: 'boolean', default: false },
      'fail-on-warnings': { type: 'boolean', default: false },
      folds: { type: 'string', default: String(DEFAULT_REPORT_OPTIONS.folds) },
      'skip-unmatched': { type: 'boolean', default: false },
    },
  });
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new Error(`--folds must be a whole number from 2 to 20 (got "${values.folds}")`);
  const dir = join(process.cwd(), values.dir);
  let report: DialogsReport;
  try {
    report = buildReport(relative(process.cwd(), dir) || dir, loadDialogs(dir), { folds, cacheDir: nluCacheDir(process.env, process.env.NODE_ENV ?? 'development') });
    if (!values['skip-unmatched']) report.unmatched = await readUnmatched(process.env);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(`${error.problems.length} problem(s) to fix first (npm run dialogs:check):\n${error.problems.map(formatProblem).join('\n')}`);
    process.exit(1);
  }
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, renderHtml(report, new Date()));
  console.log(values.json ? JSON.stringify(report, null, 2) : summarize(report, values.out));
  if (values['fail-on-warnings'] && report.warnings.length > 0) process.exit(1);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`dialogs:report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
