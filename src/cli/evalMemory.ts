// npm run eval:memory -- --data FILE [--json] [--failures]: people say things about themselves to the
// real bot, then ask what it remembers (file format: ../shared/data/memory/dev-personas.json). The last
// line with --json is one JSON object: answer_rate, asked, passed, wrong_names, ms_per_turn …
process.env.DOTENV_CONFIG_QUIET = 'true';
import { parseArgs } from 'node:util';
import { loadDialogs } from '../content/loadDialogs';
import { REQUIRED_REPLIES } from '../createRapport';
import { loadCatalog } from '../personalization/catalog';
import { loadPersonaFile } from './memoryEval/personaFile';
import { runPersonas } from './memoryEval/runPersonas';
import { loadContentPaths } from '../config/loadConfig';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      failures: { type: 'boolean', default: false },
      dialogs: { type: 'string', default: loadContentPaths().dialogsDir },
      catalog: { type: 'string', default: loadContentPaths().catalogFile },
    },
  });
  if (!values.data) throw new Error('usage: npm run eval:memory -- --data FILE [--json] [--failures]');
  const file = loadPersonaFile(values.data);
  const result = await runPersonas(file, loadDialogs(values.dialogs, REQUIRED_REPLIES), loadCatalog(values.catalog));
  const failed = result.asks.filter((ask) => !ask.passed);
  if (values.failures || !values.json) {
    for (const ask of failed) console.log(`FAIL ${ask.user} [${ask.reason}${ask.found ? `: ${ask.found}` : ''}] "${ask.q}" → ${JSON.stringify(ask.reply)}`);
    for (const entry of result.names.filter((name) => name.wrong)) console.log(`WRONG NAME ${entry.user}: ${entry.stored ?? ''}`);
  }
  const summary = {
    answer_rate: result.answer_rate,
    asked: result.asked,
    passed: result.passed,
    wrong_names: result.wrong_names,
    personas: result.personas,
    failed_by_reason: countBy(failed.map((ask) => ask.reason ?? 'missing')),
    turns: result.turns,
    ms_per_turn: result.ms_per_turn,
  };
  if (values.json) console.log(JSON.stringify(summary));
  else console.log(`\n${result.passed}/${result.asked} questions answered (${result.answer_rate}%), ${result.wrong_names} wrong name(s), ${result.ms_per_turn} ms per turn`);
}

function countBy(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
