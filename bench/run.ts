// npm run bench: Rapport on botbuilder and on the Agents SDK vs a bare echo bot on the same stack, then turn latency as stored profiles grow,
// then the file store's durability settings and erase cost (`-- --only durability` for those alone), then
// PostgreSQL beside the file store and echo (`-- --only postgres`; BENCH_POSTGRES_URL or TEST_POSTGRES_URL).
// Figures are medians of alternating rounds in one run; compare ratios, not absolute numbers, across machines.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEcho, startRapport } from './benchServer';
import { drive, median, percentile, sequentialLatency } from './load';
import { postgresSection } from './postgresBench';
import { eraseCost, fsyncThroughput, groupCommit } from './durability';
import { naiveLowdbWriteMs, seedStore } from './seedProfiles';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, only: { type: 'string' } } });
const ROUNDS = values.quick ? 1 : 3;
const SECONDS = values.quick ? 3 : 5;
const CONNECTIONS = 16;
const SIZES = values.quick ? [1000, 10000] : [1000, 10000, 100000];
const dir = mkdtempSync(join(tmpdir(), 'rapport-bench-'));

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

/** The bots the throughput table compares: the bare echo bot, and Rapport on each Bot Framework SDK. */
const BOTS = ['echo', 'botbuilder', 'agents'] as const;
type Bot = (typeof BOTS)[number];

async function throughput(): Promise<void> {
  console.log(`\n## Throughput: ${CONNECTIONS} connections, ${SECONDS}s per round, ${ROUNDS} alternating rounds, 1000 users\n`);
  const store = join(dir, 'throughput.json');
  await seedStore(store, 1000);
  const runs = Object.fromEntries(BOTS.map((bot) => [bot, [] as Array<Awaited<ReturnType<typeof drive>>>])) as Record<Bot, Array<Awaited<ReturnType<typeof drive>>>>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const bot of BOTS) {
      const server = bot === 'echo' ? await startEcho() : await startRapport(store, { BOT_SDK: bot });
      runs[bot].push(await drive(server.url, { connections: CONNECTIONS, seconds: SECONDS, users: 1000 }));
      await server.stop();
    }
  }
  const turnsPerSecond = (bot: Bot) => median(runs[bot].map((x) => x.turnsPerSecond));
  console.log('| bot                  | turns/s | p50 ms | p99 ms | errors |');
  console.log('|----------------------|--------:|-------:|-------:|-------:|');
  for (const bot of BOTS) {
    const r = runs[bot];
    const label = bot === 'echo' ? 'echo (botbuilder)' : `rapport (${bot})`;
    console.log(`| ${label.padEnd(20)} | ${fmt(turnsPerSecond(bot), 0)} | ${fmt(median(r.map((x) => x.p50)))} | ${fmt(median(r.map((x) => x.p99)))} | ${r.reduce((sum, x) => sum + x.errors, 0)} |`);
  }
  console.log(`\nRapport / echo throughput ratio: ${(turnsPerSecond('botbuilder') / turnsPerSecond('echo')).toFixed(2)} on botbuilder, ${(turnsPerSecond('agents') / turnsPerSecond('echo')).toFixed(2)} on the Agents SDK`);
  console.log(`Agents SDK / botbuilder throughput ratio (Rapport): ${(turnsPerSecond('agents') / turnsPerSecond('botbuilder')).toFixed(2)}`);
}

async function scaling(): Promise<void> {
  console.log('\n## Turn latency as stored profiles grow (one connection, 1000 turns of existing users)\n');
  console.log('| profiles | start-up ms | turn p50 ms | turn p99 ms | naive lowdb write per turn ms (median) |');
  console.log('|---------:|------------:|------------:|------------:|---------------------------------------:|');
  for (const size of SIZES) {
    const store = join(dir, `scale-${size}.json`);
    await seedStore(store, size);
    const server = await startRapport(store);
    await sequentialLatency(server.url, size, 100);
    const times = await sequentialLatency(server.url, size, 1000);
    await server.stop();
    const naive = median(await naiveLowdbWriteMs(join(dir, `naive-${size}.json`), size, 3));
    console.log(`| ${String(size).padStart(8)} | ${fmt(server.startupMs, 0)} | ${fmt(percentile(times, 50), 2)} | ${fmt(percentile(times, 99), 2)} | ${fmt(naive, 1)} |`);
  }
}

async function main(): Promise<void> {
  console.log(`Rapport benchmark on Node ${process.version}, ${new Date().toISOString()}`);
  try {
    // --only durability runs just the file store's sections (fsync, group commit, erasure);
    // --only throughput just the throughput table (echo, Rapport on each SDK).
    if (values.only === undefined || values.only === 'throughput') await throughput();
    if (values.only === undefined) await scaling();
    // --only postgres: echo, the file store and PostgreSQL (one and two instances) under the same load, and 100k profiles.
    if (values.only === undefined || values.only === 'postgres') await postgresSection({ dir, rounds: ROUNDS, seconds: SECONDS, connections: CONNECTIONS, profiles: values.quick ? 10_000 : 100_000 });
    if (values.only === undefined || values.only === 'durability') {
      await fsyncThroughput(dir, ROUNDS, SECONDS, CONNECTIONS);
      await groupCommit(dir, values.quick ? 500 : 2000);
      await eraseCost(dir, SIZES);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: Error) => {
  console.error(err);
  process.exit(1);
});
