// The file store's durability settings and erasure, measured: STORAGE_FSYNC on the real server, group
// commit at the storage level, and what an erase costs (and costs others) as the store grows.
import { join } from 'node:path';
import { profileKey } from '../src/profile/profileKey';
import { FileStorage } from '../src/storage/fileStorage';
import { startRapport } from './benchServer';
import { drive, median } from './load';
import { sampleProfile, seedStore } from './seedProfiles';

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

/** Turns per second over the real server, fsync off and on, alternating rounds. */
export async function fsyncThroughput(dir: string, rounds: number, seconds: number, connections: number): Promise<void> {
  console.log(`\n## STORAGE_FSYNC: ${connections} connections, ${seconds}s per round, ${rounds} alternating rounds, 1000 users\n`);
  const store = join(dir, 'fsync.json');
  await seedStore(store, 1000);
  const runs: Record<'false' | 'true', Array<Awaited<ReturnType<typeof drive>>>> = { false: [], true: [] };
  for (let round = 0; round < rounds; round++) {
    for (const fsync of ['false', 'true'] as const) {
      const server = await startRapport(store, { STORAGE_FSYNC: fsync });
      runs[fsync].push(await drive(server.url, { connections, seconds, users: 1000 }));
      await server.stop();
    }
  }
  console.log('| STORAGE_FSYNC | turns/s | p50 ms | p99 ms | errors |');
  console.log('|---------------|--------:|-------:|-------:|-------:|');
  for (const fsync of ['false', 'true'] as const) {
    const r = runs[fsync];
    console.log(`| ${fsync.padEnd(13)} | ${fmt(median(r.map((x) => x.turnsPerSecond)), 0)} | ${fmt(median(r.map((x) => x.p50)))} | ${fmt(median(r.map((x) => x.p99)))} | ${r.reduce((s, x) => s + x.errors, 0)} |`);
  }
}

/** Writes per second with fsync, one writer vs many: many writers share each sync (group commit). */
export async function groupCommit(dir: string, writesPerRun: number): Promise<void> {
  console.log(`\n## Group commit: ${writesPerRun} profile writes with fsync, by concurrent writers\n`);
  console.log('| writers | writes/s | ms per write (median) |');
  console.log('|--------:|---------:|----------------------:|');
  for (const writers of [1, 16, 64]) {
    const storage = await FileStorage.open(join(dir, `group-${writers}.json`), { fsync: true });
    const times: number[] = [];
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < writesPerRun) {
          const i = next++;
          const t = performance.now();
          await storage.write({ [profileKey('bench', `bench-user-${i}`)]: { profile: sampleProfile(i) } });
          times.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    await storage.close();
    console.log(`| ${String(writers).padStart(7)} | ${fmt(writesPerRun / seconds, 0)} | ${fmt(median(times), 2)} |`);
  }
}

/**
 * 20 erases in a row in a store of `size` profiles, with another user's write issued alongside each:
 * the erase's own time and the other write's wait. "compact" is the previous way (delete, then rewrite
 * the whole store so no byte of the user is left), for comparison.
 */
export async function eraseCost(dir: string, sizes: readonly number[]): Promise<void> {
  console.log('\n## Erase cost as the store grows (20 erases in a row, another user writing alongside each)\n');
  console.log('| profiles | erase ms (median) | other write ms (median / max) | previous way: delete + compact ms (median) |');
  console.log('|---------:|------------------:|-----------------------------:|-------------------------------------------:|');
  for (const size of sizes) {
    const file = join(dir, `erase-${size}.json`);
    await seedStore(file, size);
    const storage = await FileStorage.open(file);
    const erase: number[] = [];
    const other: number[] = [];
    for (let i = 0; i < 20; i++) {
      const key = profileKey('bench', `bench-user-${i}`);
      const t = performance.now();
      const otherWrite = storage.write({ [profileKey('bench', `bench-user-${size - 1}`)]: { profile: sampleProfile(size - 1) } }).then(() => other.push(performance.now() - t));
      await storage.delete([key]);
      erase.push(performance.now() - t);
      await otherWrite;
    }
    const compacting: number[] = [];
    for (let i = 20; i < 25; i++) {
      const t = performance.now();
      await storage.delete([profileKey('bench', `bench-user-${i}`)]);
      await storage.flush();
      compacting.push(performance.now() - t);
    }
    await storage.close();
    console.log(`| ${String(size).padStart(8)} | ${fmt(median(erase), 2).padStart(17)} | ${`${median(other).toFixed(2)} / ${Math.max(...other).toFixed(2)}`.padStart(28)} | ${fmt(median(compacting), 1).padStart(42)} |`);
  }
}
