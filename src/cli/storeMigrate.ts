// npm run store:migrate -- --from file:data/state/rapport.json --to postgres://USER:PASSWORD@HOST:5432/DATABASE
// Copies every item (profiles, push index, everything Storage holds) from one store into another, creating
// each key only if the target lacks it. Stop the bot first: the file store is locked by the process using it.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { parseArgs } from 'node:util';
import { isCreatable } from '../storage/creatableStorage';
import { copyStore, CopyReport } from '../storage/copyStore';
import { createStorage, OpenedStorage } from '../storage/createStorage';
import { canScan } from '../storage/scanStorage';
import { codeOf } from '../util/codedError';
import { createLogger } from '../util/logger';

const USAGE = 'usage: npm run store:migrate -- --from file:PATH --to postgres://USER:PASSWORD@HOST:5432/DATABASE[?schema=rapport]';

export async function storeMigrate(from: string, to: string, print: (line: string) => void): Promise<CopyReport> {
  const logger = createLogger('warn');
  const opened: OpenedStorage[] = [];
  try {
    const source = await createStorage(from, logger);
    opened.push(source);
    const target = await createStorage(to, logger);
    opened.push(target);
    if (!canScan(source.storage)) throw new Error(`${source.description} cannot list its items`);
    if (!isCreatable(target.storage)) throw new Error(`${target.description} cannot create items only if absent`);
    print(`Copying ${source.description} into ${target.description} ...`);
    const started = Date.now();
    const report = await copyStore(source.storage, target.storage, (progress) => {
      if ((progress.copied + progress.skipped) % 10_000 === 0) print(`  ${progress.copied + progress.skipped} items`);
    });
    print(`Copied ${report.copied} items, skipped ${report.skipped} the target had already, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return report;
  } finally {
    for (const store of opened.reverse()) await store.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
  if (!values.from || !values.to) {
    console.error(USAGE);
    process.exit(2);
  }
  await storeMigrate(values.from, values.to, (line) => console.log(line));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(`store:migrate failed${codeOf(err) ? ` [${codeOf(err)}]` : ''}: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
