import type { DialogsReport, ExampleRef } from './buildReport';
import { heatmapSvg } from './heatmapSvg';
import { escapeHtml } from '../../util/escapeHtml';

const pct = (x: number): string => `${(100 * x).toFixed(0)}%`;
const where = (at: { file?: string; line?: number }): string => (at.file ? `<code class="where">${escapeHtml(at.file)}${at.line ? `:${at.line}` : ''}</code>` : '');
const example = (e: ExampleRef): string => `“${escapeHtml(e.text)}” <span class="intent">${escapeHtml(e.intent)}</span> ${where(e)}`;

/** A bar for a 0–1 score, red to green, drawn inline: the report is one file with no scripts. */
function bar(value: number): string {
  const hue = Math.round(120 * value);
  return `<svg class="bar" width="80" height="10" role="img" aria-label="${pct(value)}"><rect width="80" height="10" fill="#eee"/><rect width="${(80 * value).toFixed(1)}" height="10" fill="hsl(${hue},60%,45%)"/></svg> ${pct(value)}`;
}

function section(id: string, title: string, intro: string, body: string): string {
  return `<section id="${id}"><h2>${title}</h2><p class="intro">${intro}</p>${body}</section>`;
}

function list(items: string[], empty: string): string {
  return items.length === 0 ? `<p class="ok">${empty}</p>` : `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

const STYLE = `body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1.5rem;color:#222}
h1{margin:.2rem 0}h2{margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}.intro{color:#555}
.cards{display:flex;flex-wrap:wrap;gap:.8rem}.card{border:1px solid #ddd;border-radius:6px;padding:.6rem 1rem;min-width:9rem}
.card b{display:block;font-size:1.6rem}.warn b{color:#b35c00}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee;vertical-align:top}th{background:#fafafa}
code.where{color:#666;font-size:12px}.intent{background:#eef3ff;border-radius:3px;padding:0 .3rem;font-size:12px}
.ok{color:#2a7a2a}.bar{vertical-align:middle}ul.warnings li{margin:.2rem 0}.kind{font-size:11px;text-transform:uppercase;color:#b35c00}
details{margin:.4rem 0}summary{cursor:pointer}`;

/** The report as one self-contained HTML page: inline CSS and SVG, nothing fetched. */
export function renderHtml(report: DialogsReport, generatedAt: Date): string {
  const t = report.totals;
  const cards = [
    ['in-scope accuracy', pct(t.accuracy)],
    ['macro-F1', pct(t.macroF1)],
    ['out-of-scope recall', t.outOfScopeRecall === null ? 'n/a' : pct(t.outOfScopeRecall)],
    ['in-scope rejected', pct(t.rejectedInScope)],
    ['intents / examples', `${t.intents} / ${t.examples}`],
  ]
    .map(([label, value]) => `<div class="card"><b>${value}</b>${label}</div>`)
    .join('');
  const warningCard = `<div class="card warn" id="warning-count"><b>${report.warnings.length}</b>warning${report.warnings.length === 1 ? '' : 's'}</div>`;
  const body = [
    `<h1>Rapport dialogs report</h1><p class="intro">${escapeHtml(report.dialogsDir)} · ${report.folds}-fold cross-validation on the bot's own examples · ${report.seconds.toFixed(1)} s · ${escapeHtml(generatedAt.toISOString())}</p>`,
    `<div class="cards">${cards}${warningCard}</div>`,
    section('warnings', 'Warnings', 'What to fix in dialogs/ (<code>--fail-on-warnings</code> fails on any of these).', listWarnings(report)),
    section('heatmap', 'Confusion heatmap', `Rows: the intent an example is filed under; columns: what the model answered when it had not seen it. The ${report.heatmap.labels.length - 1} intents with the most errors, and <code>none</code> (rejected as out-of-scope).`, heatmapSvg(report.heatmap)),
    section('confused', 'Most confused pairs', 'Held-out examples of one intent answered with the other: reword them, move them, or add examples that tell the two apart.', confusedPairs(report)),
    section('intents', 'Intents', 'Cross-validated precision (how often an answer with this intent was right) and recall (how many of its examples it got), worst first.', intentTable(report)),
    section('duplicates', 'Near-duplicates under two intents', 'The same wording filed under two intents teaches the model both.', list(report.nearDuplicates.map(({ a, b, similarity }) => `${pct(similarity)} alike: ${example(a)} ↔ ${example(b)}`), 'None.') + (report.lookAlikes.length > 0 ? `<details><summary>Look-alikes (not warnings)</summary>${list(report.lookAlikes.map(({ a, b, similarity }) => `${pct(similarity)}: ${example(a)} ↔ ${example(b)}`), '')}</details>` : '')),
    section('examples', 'Intents with too few or too alike examples', 'An intent needs varied wordings for the model to learn it.', list([...report.fewExamples.map((r) => `<span class="intent">${escapeHtml(r.intent)}</span> has ${r.examples} examples ${where(r)}`), ...report.sameWording.map((r) => `<span class="intent">${escapeHtml(r.intent)}</span>: examples ${pct(r.similarity)} alike on average ${where(r)}`)], 'Every intent has enough, varied examples.')),
    unmatchedSection(report),
    section('replies', 'Replies', 'Replies nothing can reach, and replies the code asks for that dialogs/ lacks.', list([...report.missingReplies.map((key) => `missing: <code>${escapeHtml(key)}</code>`), ...report.unreachableReplies.map((r) => `never said: <code>${escapeHtml(r.key)}</code> ${where(r)}`)], 'Every reply is reachable and none is missing.')),
  ].join('\n');
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Rapport dialogs report</title><style>${STYLE}</style></head><body>\n${body}\n</body></html>\n`;
}

const MAX_UNMATCHED_SHOWN = 50;

function unmatchedSection(report: DialogsReport): string {
  const intro = 'Messages that ended out of scope or with a low-confidence intent, counted with names, numbers, emails and URLs masked and no user id: candidates for new examples.';
  const unmatched = report.unmatched;
  if (!unmatched) return '';
  if ('unavailable' in unmatched) return section('unmatched', 'What people said that nothing matched', intro, `<p>${escapeHtml(unmatched.unavailable)}</p>`);
  if (unmatched.entries.length === 0) return section('unmatched', 'What people said that nothing matched', intro, '<p class="ok">Nothing counted yet.</p>');
  const rows = unmatched.entries.slice(0, MAX_UNMATCHED_SHOWN).map((e) => `<tr><td>${escapeHtml(e.text)}</td><td>${e.count}</td><td>${e.outOfScope}</td><td>${e.lowConfidence}</td><td>${escapeHtml(e.lastSeen)}</td></tr>`);
  return section('unmatched', 'What people said that nothing matched', intro, `<table><thead><tr><th>message (masked)</th><th>times</th><th>out of scope</th><th>low confidence</th><th>last said</th></tr></thead><tbody>${rows.join('')}</tbody></table>`);
}

function listWarnings(report: DialogsReport): string {
  return report.warnings.length === 0 ? '<p class="ok">No warnings.</p>' : `<ul class="warnings">${report.warnings.map((w) => `<li><span class="kind">${w.kind}</span> ${escapeHtml(w.message)} ${where(w)}</li>`).join('')}</ul>`;
}

function confusedPairs(report: DialogsReport): string {
  if (report.confusedPairs.length === 0) return '<p class="ok">No held-out example was taken for another intent.</p>';
  return report.confusedPairs
    .map((pair) => `<details open><summary><span class="intent">${escapeHtml(pair.intents[0])}</span> ↔ <span class="intent">${escapeHtml(pair.intents[1])}</span>: ${pair.count}</summary>${list(pair.crossings.map((c) => `${example(c)} → taken for <span class="intent">${escapeHtml(c.takenFor)}</span> (${pct(c.score)})`), '')}</details>`)
    .join('');
}

function intentTable(report: DialogsReport): string {
  const rows = report.intents.map((r) => `<tr><td><span class="intent">${escapeHtml(r.intent)}</span><br>${where(r)}</td><td>${r.examples}</td><td>${bar(r.precision)}</td><td>${bar(r.recall)}</td><td>${bar(r.f1)}</td><td>${pct(r.rejected)}</td></tr>`);
  return `<table><thead><tr><th>intent</th><th>examples</th><th>precision</th><th>recall</th><th>F1</th><th>rejected as none</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
