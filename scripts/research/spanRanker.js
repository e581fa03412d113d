// Research, not part of the bot: does a learned answer-span ranker carry over to people it was not trained on?
// A listwise linear model over candidate spans (1-3 words) of what each person said, with simple features (shared
// words near the span, wh-word vs span type, WordNet kinds, part of speech, city names), trained on some persona
// files and scored on others: top-1 accuracy per group, printed as aggregates only (safe for sealed sets); and,
// where the bot itself answered "I don't know", how often the ranker's span would be right at each confidence.
//   npm run build && node scripts/research/spanRanker.js --train a.json,b.json --test c.json,d.json
// (files in the format of ../shared/data/memory/dev-personas.json; unknown asks are left out of top-1).
const path = require('path');
const { parseArgs } = require('node:util');
const DIST = path.join(__dirname, '..', '..', 'dist', 'src');
const { values: args } = parseArgs({ options: { train: { type: 'string' }, test: { type: 'string' } } });
if (!args.train || !args.test) throw new Error('usage: node scripts/research/spanRanker.js --train a.json,b.json --test c.json,d.json');
const { nounKinds } = require(DIST + '/nlu/nounKinds');
const { wordLexicon } = require(DIST + '/nlu/wordLexicon');
const { findCity } = require(DIST + '/personalization/cities');
const NK = nounKinds(), WL = wordLexicon();
const nearMemo = new Map();
const near = (w) => { w = w.toLowerCase(); if (nearMemo.has(w)) return nearMemo.get(w); const s = new Set(); for (const ws of NK.sensesAbove(w, 3, 3).values()) for (const n of ws) for (const p of [n, n.split('_').at(-1)]) s.add(p.replace(/_/g, ' ')); s.delete(w); nearMemo.set(w, s); return s; };
const tag = (w) => (WL.tags(w.toLowerCase()) || ['?'])[0];
const TRAIN = args.train.split(','), TEST = args.test.split(',');
const { loadPersonaFile } = require(path.join(__dirname, '..', '..', 'dist', 'src', 'cli', 'memoryEval', 'personaFile'));
const load = (file) => loadPersonaFile(file).personas;
const STOP = new Set(`i me my mine myself you your we our us the a an is am are was were be been being do does did doing what whats who whos where wheres when whens which how why of in on at to for with and or but it its that this those these there here have has had not no so just like really about from up out as by can could would should will get got any some ever also im i'm it's thats very too lol haha ok okay oh yeah yes well then now still again one 's`.split(/\s+/));
const NUMW = new Set('one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty'.split(' '));
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|tomorrow|tonight|today|spring|summer|autumn|fall|winter)s?$/i;
const stem = (w) => w.toLowerCase().replace(/'s$/, '').replace(/(ing|ers|er|es|s|ed|ly)$/, '');
const toks = (t) => (t.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) || []);
function clausesOf(line) { return line.split(/[.!?;:()\n]+|,|\s+(?:and|but|so)\s+/i).map((c) => c.trim()).filter(Boolean); }
function wh(q) { const l = q.toLowerCase(); if (/\bhow (many|much|old|long|tall)\b/.test(l)) return 'num'; if (/\bwho\b|\bwhose\b/.test(l)) return 'who'; if (/\bwhere\b|\bwhat (city|town|country|state)\b|\bwhich (city|town|country)\b/.test(l)) return 'where'; if (/\bwhen\b|\bwhat (day|month|year|time)\b/.test(l)) return 'when'; if (/\bname|\bcalled\b|\bcall\b/.test(l)) return 'name'; return 'what'; }
function candidates(persona) {
  const out = [];
  const lines = persona.say; const all = [];
  for (const line of lines) for (const c of clausesOf(line)) all.push(c);
  all.forEach((clause, k) => {
    const t = toks(clause);
    for (let i = 0; i < t.length; i++) for (let n = 1; n <= 3 && i + n <= t.length; n++) {
      const span = t.slice(i, i + n);
      if (STOP.has(span[0].toLowerCase()) || STOP.has(span[n - 1].toLowerCase())) continue;
      out.push({ text: span.join(' '), clause: t, k, i, n, of: all.length });
    }
  });
  return out;
}
function feats(q, c) {
  const qw = toks(q).map((w) => w.toLowerCase()).filter((w) => !STOP.has(w));
  const qs = new Set(qw.map(stem));
  const cw = c.clause.map((w) => w.toLowerCase());
  const inSpan = (j) => j >= c.i && j < c.i + c.n;
  let shared = 0, minDist = 10;
  cw.forEach((w, j) => { if (!inSpan(j) && qs.has(stem(w))) { shared++; minDist = Math.min(minDist, j < c.i ? c.i - j : j - (c.i + c.n - 1)); } });
  const spanWords = c.text.split(' ');
  const selfInQ = spanWords.some((w) => qs.has(stem(w))) ? 1 : 0;
  const cap = /^\p{Lu}/u.test(spanWords[0]) && (c.i > 0) ? 1 : 0;
  const num = spanWords.some((w) => /^\d/.test(w) || NUMW.has(w.toLowerCase())) ? 1 : 0;
  const time = spanWords.some((w) => MONTHS.test(w)) ? 1 : 0;
  const prev = (cw[c.i - 1] || ''), prev2 = (cw[c.i - 2] || '');
  const named = /^(named|called|name|is|are|was|it's|its)$/.test(prev) ? 1 : 0;
  const prep = /^(in|to|from|at|near|outside)$/.test(prev) ? 1 : 0;
  const my = prev === 'my' || prev2 === 'my' ? 1 : 0;
  const w = wh(q);
  const f = [1, shared, qw.length ? shared / qw.length : 0, Math.exp(-minDist / 2), selfInQ, cap, num, time, named, prep, my,
    c.n === 1 ? 1 : 0, c.n === 2 ? 1 : 0, c.n === 3 ? 1 : 0, (c.k + 1) / c.of,
    w === 'who' ? cap : 0, w === 'name' ? cap : 0, w === 'name' ? named : 0, w === 'where' ? prep : 0, w === 'where' ? cap : 0,
    w === 'when' ? time : 0, w === 'when' ? num : 0, w === 'num' ? num : 0, w === 'what' ? 1 - cap : 0, w === 'what' ? cap : 0,
    shared > 0 ? 1 : 0, c.i === 0 ? 1 : 0, c.i + c.n === c.clause.length ? 1 : 0,
    // WordNet: a question noun the candidate is filed under ("city" → Atlanta, "race" → marathon), and its reverse.
    qw.some((x) => spanWords.some((y) => near(y).has(x)) || near(spanWords.join(' ')).has(x)) ? 1 : 0,
    qw.some((x) => c.clause.some((y, j) => !inSpan(j) && near(y).has(x))) ? 1 : 0,
    tag(spanWords[n0(spanWords)]).startsWith('NN') ? 1 : 0, tag(spanWords.at(-1)).startsWith('VB') ? 1 : 0, tag(spanWords.at(-1)).startsWith('JJ') ? 1 : 0,
    tag(spanWords.at(-1)) === '?' ? 1 : 0, findCity(c.text) ? 1 : 0, w === 'where' && findCity(c.text) ? 1 : 0];
  return f;
}
function n0(a) { return a.length - 1; }
function positive(c, expect) { const t = c.text.toLowerCase(); return expect.some((e) => { const x = e.toLowerCase(); return t === x || t === x + 's' || t + 's' === x; }); }
function examples(sets) {
  const ex = [];
  for (const file of sets) for (const p of load(file)) {
    const cands = candidates(p);
    for (const a of p.ask) { if (a.unknown) continue; ex.push({ q: a.q, cands: cands.map((c) => ({ c, f: feats(a.q, c), y: positive(c, a.expect) })) }); }
  }
  return ex;
}
const train = examples(TRAIN), test = examples(TEST);
const D = train[0].cands[0].f.length; let W = new Array(D).fill(0);
const score = (f) => f.reduce((s, x, i) => s + x * W[i], 0);
for (let epoch = 0; epoch < 60; epoch++) for (const e of train) {
  if (!e.cands.some((c) => c.y)) continue;
  const s = e.cands.map((c) => score(c.f)); const m = Math.max(...s); const ex = s.map((v) => Math.exp(v - m)); const Z = ex.reduce((a, b) => a + b, 0);
  const pos = e.cands.filter((c) => c.y); const g = new Array(D).fill(0);
  for (const c of pos) c.f.forEach((x, i) => (g[i] += x / pos.length));
  e.cands.forEach((c, j) => c.f.forEach((x, i) => (g[i] -= (ex[j] / Z) * x)));
  W = W.map((w, i) => w + 0.05 * g[i] - 0.0005 * w);
}
function acc(set) { let ok = 0, reach = 0; for (const e of set) { if (e.cands.some((c) => c.y)) reach++; let best; for (const c of e.cands) { const v = score(c.f); if (!best || v >= best.v) best = { v, c }; } if (best && best.c.y) ok++; } return { asks: set.length, reachable: reach, top1: ok, rate: (100 * ok / set.length).toFixed(1) }; }
console.log('train(open)', acc(train)); console.log('test(sealed)', acc(test));

// Where the bot answered "I don't know" (run in-process, as eval:memory does), how often the ranker's top span is
// right, by the ranker's confidence; and on asks whose right answer is "I don't know", how often it would fire.
async function hybrid(files) {
  const { loadDialogs } = require(DIST + '/content/loadDialogs');
  const { REQUIRED_REPLIES } = require(DIST + '/createRapport');
  const { loadCatalog } = require(DIST + '/personalization/catalog');
  const { loadContentPaths } = require(DIST + '/config/loadConfig');
  const { runPersonas } = require(DIST + '/cli/memoryEval/runPersonas');
  const paths = loadContentPaths();
  const content = loadDialogs(paths.dialogsDir, REQUIRED_REPLIES), catalog = loadCatalog(paths.catalogFile);
  const rows = [];
  for (const file of files) {
    const personas = load(file);
    const result = await runPersonas({ personas }, content, catalog);
    let at = 0;
    for (const p of personas) {
      const cands = candidates(p);
      for (const a of p.ask) {
        const bot = result.asks[at++];
        const dontKnow = !bot.passed && /don.t know|haven.t told/i.test(bot.reply);
        const scored = cands.map((c) => ({ c, v: score(feats(a.q, c)) })).sort((x, y) => y.v - x.v);
        if (scored.length === 0) continue;
        const m = scored[0].v; const Z = scored.reduce((sum, x) => sum + Math.exp(x.v - m), 0);
        rows.push({ unknown: !!a.unknown, failedDontKnow: dontKnow && !a.unknown, passed: bot.passed, right: !a.unknown && positive(scored[0].c, a.expect), conf: 1 / Z });
      }
    }
  }
  const bot = rows.filter((r) => r.passed).length;
  console.log(`  bot answers ${bot}/${rows.length}; "I don't know" where it was told: ${rows.filter((r) => r.failedDontKnow).length}`);
  for (const t of [0.2, 0.3, 0.4, 0.5, 0.6]) {
    const fired = rows.filter((r) => r.failedDontKnow && r.conf >= t);
    console.log(`  confidence >= ${t}: fires ${fired.length}, right ${fired.filter((r) => r.right).length}; unknown asks answered now it would fire on: ${rows.filter((r) => r.unknown && r.passed && r.conf >= t).length}`);
  }
}
(async () => {
  console.log('train'); await hybrid(TRAIN);
  console.log('test'); await hybrid(TEST);
})().catch((error) => { console.error(error); process.exit(1); });
