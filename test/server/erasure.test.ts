import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isReply } from '../helpers/testRapport';
import { TestServer, startTestServer } from '../helpers/testServer';

async function allBytes(dir: string): Promise<string> {
  const names = await readdir(dir);
  return (await Promise.all(names.map((name) => readFile(path.join(dir, name), 'latin1')))).join('\n');
}

/** Issue #17, item 3: an erase through the bot leaves nothing of the user in the store's files, and rewrites nobody else's. */
/** Each test starts real servers (content, model, store): slow on a loaded machine. */
const SERVER_TEST_MS = 120_000;

describe('erasure in the file store, through /api/messages', () => {
  let dir: string;
  let server: TestServer | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'rapport-erase-'));
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('/forget leaves no byte of the user in the files once confirmed, and does not rewrite the snapshot', async () => {
    const env = { STORAGE_URL: `file:${path.join(dir, 'rapport.json')}` };
    server = await startTestServer(env);
    const names = ['Alice', 'Bruno', 'Chloe', 'Dmitri', 'Esther', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas'];
    for (const [i, name] of names.entries()) await server.say(`bystander-${i}`, `call me ${name}`);
    await server.say('user-zq81', 'call me Zebediah');
    await server.say('user-zq81', 'I love astronomy');
    await server.close(); // everyone, the user included, is now in the snapshot
    server = await startTestServer(env);
    await server.say('user-zq81', 'I also like ornithology');
    await server.say('bystander-3', 'I love jazz');
    expect(await allBytes(dir)).toContain('Zebediah');
    const snapshotBefore = await stat(path.join(dir, 'rapport.json'));

    expect(isReply((await server.say('user-zq81', '/forget'))[0], 'forget.confirm')).toBe(true);
    expect(isReply((await server.say('user-zq81', 'yes'))[0], 'forget.done')).toBe(true);

    const bytes = await allBytes(dir);
    for (const trace of ['Zebediah', 'astronomy', 'ornithology', 'user-zq81']) expect(bytes).not.toContain(trace);
    const snapshotAfter = await stat(path.join(dir, 'rapport.json'));
    expect([snapshotAfter.ino, snapshotAfter.size]).toEqual([snapshotBefore.ino, snapshotBefore.size]);
    expect((await server.say('bystander-3', "what's my name?")).some((reply) => isReply(reply, 'name.known', { name: 'Dmitri' }))).toBe(true);
  }, SERVER_TEST_MS);

  // The push index is shared: its shard holds the ids of everyone with pushes on, rewritten at each change.
  // The user's own entry goes at erase, and so do the shard's older versions still in the journal.
  it('/forget leaves no byte of the user in the files when push messages were on', async () => {
    await server?.close();
    const env = { STORAGE_URL: `file:${path.join(dir, 'pushes.json')}` };
    server = await startTestServer(env);
    await server.say('user-pq27', 'call me Philippa');
    await server.say('user-pq27', '/notify on');
    await server.say('user-pq27', '/notify daily');
    await server.say('user-pq27', '/notify off');
    await server.say('user-pq27', '/notify on');
    expect(await allBytes(dir)).toContain('user-pq27');

    expect(isReply((await server.say('user-pq27', '/forget'))[0], 'forget.confirm')).toBe(true);
    expect(isReply((await server.say('user-pq27', 'yes'))[0], 'forget.done')).toBe(true);

    const bytes = await allBytes(dir);
    for (const trace of ['Philippa', 'user-pq27']) expect(bytes).not.toContain(trace);
  }, SERVER_TEST_MS);

  // Forgetting one thing: the profile is rewritten without it, and the profile's older versions in the
  // files are overwritten in place (not a rewrite of everyone else's data).
  it('forgetting one fact leaves none of its bytes in the files, without rewriting the snapshot', async () => {
    await server?.close();
    const env = { STORAGE_URL: `file:${path.join(dir, 'one-fact.json')}` };
    server = await startTestServer(env);
    await server.say('user-fc55', 'call me Rosalind');
    await server.say('user-fc55', 'I have a cat named Bolacha');
    await server.say('bystander-9', 'call me Octavia');
    await server.close(); // in the snapshot
    server = await startTestServer(env);
    await server.say('user-fc55', 'I love astronomy');
    expect(await allBytes(dir)).toContain('Bolacha');
    const snapshotBefore = await stat(path.join(dir, 'one-fact.json'));

    await server.say('user-fc55', '/profile remove fact pet');

    expect(await allBytes(dir)).not.toContain('Bolacha');
    const snapshotAfter = await stat(path.join(dir, 'one-fact.json'));
    expect([snapshotAfter.ino, snapshotAfter.size]).toEqual([snapshotBefore.ino, snapshotBefore.size]);
    expect((await server.say('user-fc55', "what's my name?")).some((reply) => reply.includes('Rosalind'))).toBe(true);
    expect((await server.say('bystander-9', "what's my name?")).some((reply) => reply.includes('Octavia'))).toBe(true);
  }, SERVER_TEST_MS);
});
