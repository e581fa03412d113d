// PostgreSQL rows of `npm run bench`: echo, Rapport on the file store and on PostgreSQL with one and two
// instances under the same load in one run; turn latency with 100k stored profiles; the cost of a Web Chat poll.
import { join } from 'node:path';
import pg from 'pg';
import { profileKey } from '../src/profile/profileKey';
import { RunningServer, startEcho, startRapport, startRapportOn } from './benchServer';
import { drive, LoadResult, median, percentile, sequentialLatency } from './load';
import { sampleProfile, seedStore } from './seedProfiles';

export interface PostgresBenchOptions {
  dir: string;
  rounds: number;
  seconds: number;
  connections: number;
  /** Stored profiles for the latency row (100k; 10k with --quick). */
  profiles: number;
}

const SCHEMA = 'rapport_bench';
const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(9);

function benchUrl(): string {
  const url = new URL(process.env.BENCH_POSTGRES_URL ?? process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  url.searchParams.set('schema', SCHEMA);
  return url.toString();
}

async function withClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = new URL(benchUrl());
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh bench schema holding `count` profiles (Rapport migrates it on start; the items table is made here first). */
async function seedPostgres(count: number): Promise<void> {
  await withClient(async (client) => {
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    await client.query(`CREATE SCHEMA ${SCHEMA}`);
    await client.query(`CREATE TABLE ${SCHEMA}.items (key text PRIMARY KEY, doc json NOT NULL, etag text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`);
    for (let start = 0; start < count; start += 5000) {
      const keys: string[] = [];
      const docs: string[] = [];
      for (let i = start; i < Math.min(count, start + 5000); i++) {
        keys.push(profileKey('bench', `bench-user-${i}`));
        docs.push(JSON.stringify({ profile: sampleProfile(i) }));
      }
      await client.query(`INSERT INTO ${SCHEMA}.items (key, doc, etag) SELECT k, d, md5(k) FROM unnest($1::text[], $2::json[]) AS t(k, d)`, [keys, docs]);
    }
    await client.query(`ANALYZE ${SCHEMA}.items`);
  });
}

/** The same load split over several instances (as a load balancer would): turns/s summed, latency of the slowest. */
async function driveAll(servers: RunningServer[], connections: number, seconds: number): Promise<LoadResult> {
  const results = await Promise.all(servers.map((server) => drive(server.url, { connections: connections / servers.length, seconds, users: 1000 })));
  return {
    turnsPerSecond: results.reduce((sum, r) => sum + r.turnsPerSecond, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

const SETUPS = ['echo', 'file store', 'postgres, 1 instance', 'postgres, 2 instances'] as const;
type Setup = (typeof SETUPS)[number];

async function start(setup: Setup, store: string): Promise<RunningServer[]> {
  if (setup === 'echo') return [await startEcho()];
  if (setup === 'file store') return [await startRapport(store)];
  const count = setup === 'postgres, 1 instance' ? 1 : 2;
  return Promise.all(Array.from({ length: count }, () => startRapportOn(benchUrl())));
}

async function throughput(options: PostgresBenchOptions): Promise<void> {
  const { rounds, seconds, connections } = options;
  console.log(`\n## PostgreSQL beside the file store: ${connections} connections in all, ${seconds}s per round, ${rounds} alternating rounds, 1000 users\n`);
  const store = join(options.dir, 'pg-throughput.json');
  await seedStore(store, 1000);
  await seedPostgres(1000);
  const runs = Object.fromEntries(SETUPS.map((setup) => [setup, [] as LoadResult[]])) as Record<Setup, LoadResult[]>;
  for (let round = 0; round < rounds; round++) {
    for (const setup of SETUPS) {
      const servers = await start(setup, store);
      runs[setup].push(await driveAll(servers, connections, seconds));
      await Promise.all(servers.map((server) => server.stop()));
    }
  }
  const tps = (setup: Setup) => median(runs[setup].map((r) => r.turnsPerSecond));
  console.log('| setup                  | turns/s | p50 ms | p99 ms | errors |');
  console.log('|------------------------|--------:|-------:|-------:|-------:|');
  for (const setup of SETUPS) {
    const r = runs[setup];
    console.log(`| ${setup.padEnd(22)} | ${fmt(tps(setup), 0)} | ${fmt(median(r.map((x) => x.p50)))} | ${fmt(median(r.map((x) => x.p99)))} | ${r.reduce((sum, x) => sum + x.errors, 0)} |`);
  }
  console.log(`\nTwo instances: load split evenly, turns/s summed, p50/p99 of the slower one. All on this machine's ${(await import('node:os')).availableParallelism()} cores, PostgreSQL included.`);
  console.log(`PostgreSQL / file store throughput: ${(tps('postgres, 1 instance') / tps('file store')).toFixed(2)} (one instance), ${(tps('postgres, 2 instances') / tps('file store')).toFixed(2)} (two); Rapport on PostgreSQL / echo: ${(tps('postgres, 1 instance') / tps('echo')).toFixed(2)}`);
}

async function latencyAtSize(options: PostgresBenchOptions): Promise<void> {
  const size = options.profiles;
  console.log(`\n## Turn latency with ${size} stored profiles (one connection, 1000 turns of existing users)\n`);
  console.log('| store      | start-up ms | turn p50 ms | turn p99 ms |');
  console.log('|------------|------------:|------------:|------------:|');
  const file = join(options.dir, `pg-scale-${size}.json`);
  await seedStore(file, size);
  await seedPostgres(size);
  for (const [label, url] of [['file', `file:${file}`], ['postgres', benchUrl()]] as const) {
    const server = await startRapportOn(url);
    await sequentialLatency(server.url, size, 100);
    const times = await sequentialLatency(server.url, size, 1000);
    await server.stop();
    console.log(`| ${label.padEnd(10)} | ${fmt(server.startupMs, 0)} | ${fmt(percentile(times, 50), 2)} | ${fmt(percentile(times, 99), 2)} |`);
  }
}

/** What a Web Chat page's once-a-second poll costs, and whether a reply made on one instance is seen by the next poll on another. */
async function webChatPolls(options: PostgresBenchOptions): Promise<void> {
  console.log('\n## Web Chat polls (GET activities, 500 in a row, a conversation of 5 turns)\n');
  console.log('| conversations kept     | poll p50 ms | poll p99 ms | reply seen by the first poll on the other instance |');
  console.log('|------------------------|------------:|------------:|:---------------------------------------------------|');
  await seedPostgres(0);
  const memory = [await startRapport(join(options.dir, 'pg-polls.json'))];
  const shared = await Promise.all([startRapportOn(benchUrl()), startRapportOn(benchUrl())]);
  for (const [label, servers] of [['in memory (file store)', memory], ['postgres, 2 instances', shared]] as const) {
    const [a, b] = [servers[0] as RunningServer, (servers[1] ?? servers[0]) as RunningServer];
    const base = (server: RunningServer) => `${server.url}/v3/directline`;
    const { conversationId, token } = (await (await fetch(`${base(a)}/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    let seenAtOnce = true;
    for (let i = 0; i < 5; i++) {
      const posted = await fetch(`${base(a)}/conversations/${conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'hello', from: { id: 'poll-user' } }) });
      const { id } = (await posted.json()) as { id: string };
      const page = (await (await fetch(`${base(b)}/conversations/${conversationId}/activities`, { headers })).json()) as { activities: Array<{ id: string; replyToId?: string }> };
      seenAtOnce &&= page.activities.some((activity) => activity.replyToId === id);
    }
    const times: number[] = [];
    for (let i = 0; i < 500; i++) {
      const started = performance.now();
      const res = await fetch(`${base(i % 2 ? b : a)}/conversations/${conversationId}/activities?watermark=0`, { headers });
      await res.arrayBuffer();
      times.push(performance.now() - started);
    }
    console.log(`| ${label.padEnd(22)} | ${fmt(percentile(times, 50), 2)} | ${fmt(percentile(times, 99), 2)} | ${seenAtOnce ? 'yes' : 'no'} |`);
  }
  await Promise.all([...memory, ...shared].map((server) => server.stop()));
}

export async function postgresSection(options: PostgresBenchOptions): Promise<void> {
  try {
    await withClient((client) => client.query('SELECT 1'));
  } catch (err) {
    console.log(`\n## PostgreSQL: skipped, no server at BENCH_POSTGRES_URL/TEST_POSTGRES_URL (${(err as { code?: string }).code ?? (err as Error).message})`);
    return;
  }
  try {
    await throughput(options);
    await latencyAtSize(options);
    await webChatPolls(options);
  } finally {
    await withClient((client) => client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)).catch(() => undefined);
  }
}
