// npm run eval:chat -- --data FILE [--json] [--out-of-domain DIR] [--per-set N]: runs every message of FILE
// (the format of ../shared/data/chat/dev-everyday.json) through the real bot, each as a new user's message
// after a greeting, and counts the replies without a fallback marker. With --out-of-domain, also sends a
// seeded sample of the test texts of the intent sets in DIR (banking, travel, trivia, smart home …) and
// counts those that changed a setting, a name, a fact or an event. The last line of --json is the figures.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadContentPaths } from '../config/loadConfig';
import { loadDialogs } from '../content/loadDialogs';
import { REQUIRED_REPLIES } from '../createRapport';
import { loadIntentDataset } from '../nlu/datasets';
import { loadCatalog } from '../personalization/catalog';
import { systemClock } from '../util/clock';
import { checkOutOfDomain, createEvalBot, evaluateChat, loadChatEvalFile, sampleIntentSets } from './chatEval';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      'out-of-domain': { type: 'string' },
      'per-set': { type: 'string', default: '50' },
      dialogs: { type: 'string', default: loadContentPaths().dialogsDir },
      catalog: { type: 'string', default: loadContentPaths().catalogFile },
    },
  });
  if (!values.data && !values['out-of-domain']) throw new Error('usage: npm run eval:chat -- --data FILE [--json] [--out-of-domain DIR [--per-set N]]');
  const bot = createEvalBot(loadDialogs(values.dialogs, REQUIRED_REPLIES), loadCatalog(values.catalog), systemClock);
  const figures: Record<string, number> = {};
  if (values.data) {
    const result = await evaluateChat(bot, loadChatEvalFile(values.data));
    if (!values.json) {
      for (const { text, replies } of result.failed) console.log(`fallback: ${JSON.stringify(text)} → ${JSON.stringify(replies.join(' / '))}`);
      console.log(`handled: ${result.handled} of ${result.messages} (${result.handled_rate}%)`);
    }
    Object.assign(figures, { handled_rate: result.handled_rate, handled: result.handled, messages: result.messages });
  }
  const dir = values['out-of-domain'];
  if (dir) {
    const perSet = Number.parseInt(values['per-set'], 10);
    if (!Number.isInteger(perSet) || perSet < 1) throw new Error('--per-set must be a positive whole number');
    const files = readdirSync(dir).filter((file) => file.endsWith('.json')).sort();
    const sample = sampleIntentSets(files.map((file) => loadIntentDataset(join(dir, file))), perSet);
    const result = await checkOutOfDomain(bot, sample);
    if (!values.json) {
      for (const change of result.changes) console.log(`changed the profile (${change.source}): ${JSON.stringify(change.text)}\n  before ${JSON.stringify(change.before)}\n  after  ${JSON.stringify(change.after)}`);
      console.log(`out of domain: ${result.changed} of ${result.messages} messages changed a setting, name, fact or event`);
    }
    Object.assign(figures, { out_of_domain_changed: result.changed, out_of_domain_messages: result.messages });
  }
  if (values.json) console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(`eval:chat failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
