// npm run dialogs:report [-- --dir dialogs --out FILE --json --fail-on-warnings --folds 5]: how well the
// intent model tells the dialogs' intents apart (k-fold cross-validation on their own examples, fold
// models cached in NLU_CACHE_DIR), which intents it confuses and on what, near-duplicate and too few
// examples, and replies nothing reaches or the code lacks. Writes a self-contained HTML page, prints a
// short summary (or the whole report as JSON with --json); --fail-on-warnings exits 1 on any warning.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentPaths, nluCacheDir } from '../config/loadConfig';
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
    report.warnings.length === 0 ? 'no warnings' : `${report.warnings.length} warning(s): ${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')}\n${report.warnings.map((w) => formatProblem({ file: w.file ?? report.dialogsDir, line: w.line, message: w.message })).join('\n')}`,
    `report: ${htmlFile}`,
  ].join('\n');
}

function main(): void {
  const paths = loadContentPaths();
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: paths.dialogsDir },
      out: { type: 'string', default: DEFAULT_REPORT_FILE },
      json: { type: 'boolean', default: false },
      'fail-on-warnings': { type: 'boolean', default: false },
      folds: { type: 'string', default: String(DEFAULT_REPORT_OPTIONS.folds) },
    },
  });
  const folds = Number(values.folds);
  if (!Number.isInteger(folds) || folds < 2 || folds > 20) throw new Error(`--folds must be a whole number from 2 to 20 (got "${values.folds}")`);
  const dir = join(process.cwd(), values.dir);
  let report: DialogsReport;
  try {
    report = buildReport(relative(process.cwd(), dir) || dir, loadDialogs(dir), { folds, cacheDir: nluCacheDir(process.env, process.env.NODE_ENV ?? 'development') });
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
  try {
    main();
  } catch (error) {
    console.error(`dialogs:report failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
