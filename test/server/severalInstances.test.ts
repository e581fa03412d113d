import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { profileKey } from '../../src/profile/profileKey';
import { PostgresDatabase } from '../../src/storage/postgres/postgresDatabase';
import { PostgresStorage } from '../../src/storage/postgres/postgresStorage';
import { directLine, DirectLineActivity, Issued, say } from '../channels/directLine/directLineClient';
import { describePostgres, testSchema, TestSchema } from '../helpers/postgres';
import { killServerProcesses, ServerProcess, startServerProcess } from '../helpers/serverProcess';
import { isReply } from '../helpers/testRapport';
import { message, postActivity } from '../helpers/testServer';

const INSTANCES = 3;

/** A stand-in channel: counts the push messages the instances post to it, per conversation. */
async function startChannel(): Promise<{ url: string; pushes: Map<string, string[]>; close(): Promise<void> }> {
  const pushes = new Map<string, string[]>();
  const server: Server = createServer((req: IncomingMessage, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(data || '{}') as { type?: string; text?: string };
      const conversation = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '')?.[1];
      if (conversation && body.type === 'message') pushes.set(decodeURIComponent(conversation), [...(pushes.get(decodeURIComponent(conversation)) ?? []), body.text ?? '']);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `p${pushes.size}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, pushes, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** HH:MM (UTC) a minute ago: a daily digest set to it is due now. */
function aMinuteAgo(): string {
  const at = new Date(Date.now() - 60_000);
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
}

describePostgres(`${INSTANCES} bot processes on one PostgreSQL database (issue #14)`, () => {
  let schema: TestSchema;
  let database: PostgresDatabase;
  let storage: PostgresStorage;
  let channel: Awaited<ReturnType<typeof startChannel>>;
  let servers: ServerProcess[];
  let urls: string[];

  const turnCount = async (userId: string): Promise<number> => {
    const key = profileKey('emulator', userId);
    return (await storage.read([key]))[key]?.profile?.lifecycle?.turnCount ?? 0;
  };

  beforeAll(async () => {
    schema = testSchema();
    channel = await startChannel();
    // Every instance runs the push scheduler each second.
    servers = Array.from({ length: INSTANCES }, () => startServerProcess({ STORAGE_URL: schema.url, NOTIFY_TICK_SECONDS: '1' }));
    urls = await Promise.all(servers.map((server) => server.ready));
    database = await PostgresDatabase.open(schema.url);
    storage = new PostgresStorage(database);
    // Three cold starts (each compiles src/ and loads the intent model) beside the rest of the suite on CI.
  }, 180_000);

  afterAll(async () => {
    killServerProcesses();
    await channel?.close();
    await database?.close();
    await schema?.drop();
  });

  it('counts 200 concurrent turns of one user spread over the instances exactly', async () => {
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => postActivity(urls[i % INSTANCES] ?? '', message('busy', `message ${i}`)).then(async (res) => (await res.arrayBuffer(), res.status))));
    expect(results).toEqual(Array(200).fill(200));
    expect(await turnCount('busy')).toBe(200);
  }, 120_000);

  it('keeps a Web Chat conversation whose calls go to different instances, every reply once', async () => {
    const clients = urls.map((url) => directLine(url));
    const client = (i: number) => clients[i % INSTANCES] as ReturnType<typeof directLine>;
    const generated = (await (await client(0).generate('page-user')).json()) as Issued;
    const conversation = (await (await client(1).start(generated.token)).json()) as Issued;
    const texts = ['hello', 'call me Pia', "what's my name?", 'I love cooking', 'thanks'];
    let call = 2;
    expect((await client(call++).post(conversation.conversationId, conversation.token, { type: 'event', name: 'webchat/join', from: { id: 'page-user' } })).status).toBe(200);
    const seen: DirectLineActivity[] = [];
    let watermark: string | undefined;
    for (const text of texts) {
      expect((await client(call++).post(conversation.conversationId, conversation.token, say('page-user', text))).status).toBe(200);
      const page = (await (await client(call++).get(conversation.conversationId, conversation.token, watermark)).json()) as { activities: DirectLineActivity[]; watermark: string };
      seen.push(...page.activities);
      watermark = page.watermark;
    }
    expect(new Set(seen.map((activity) => activity.id)).size).toBe(seen.length);
    expect(seen.filter((activity) => activity.from.role === 'user' && activity.type === 'message').map((activity) => activity.text)).toEqual(texts);
    const replies = seen.filter((activity) => activity.from.role === 'bot' && activity.type === 'message').map((activity) => activity.text ?? '');
    expect(replies.filter((text) => isReply(text, 'name.saved', { name: 'Pia' }))).toHaveLength(1);
    expect(replies.filter((text) => isReply(text, 'name.known', { name: 'Pia' }))).toHaveLength(1);
    // Each turn's replies follow its own echo: none is missing, none came twice.
    const userTurns = seen.filter((activity) => activity.from.role === 'user' && activity.type === 'message').length;
    expect(new Set(seen.filter((activity) => activity.from.role === 'bot').map((activity) => (activity as { replyToId?: string }).replyToId)).size).toBeGreaterThanOrEqual(userTurns);
  }, 60_000);

  it('sends each due digest exactly once although three schedulers run', async () => {
    const users = Array.from({ length: 12 }, (_, i) => `digest-${i}`);
    const time = aMinuteAgo();
    await Promise.all(
      users.map(async (userId, i) => {
        for (const [j, text] of ['/notify on', '/notify topic cooking on', `/notify time ${time}`].entries()) {
          const res = await postActivity(urls[(i + j) % INSTANCES] ?? '', message(userId, text, { serviceUrl: channel.url }));
          expect(res.status).toBe(200);
          await res.arrayBuffer();
        }
      }),
    );
    const conversations = users.map((userId) => `conv-${userId}`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && conversations.some((id) => !channel.pushes.has(id))) await new Promise((resolve) => setTimeout(resolve, 250));
    // A few more passes of every scheduler: nothing more may arrive.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(conversations.map((id) => channel.pushes.get(id)?.length ?? 0)).toEqual(conversations.map(() => 1));
    for (const id of conversations) expect(isReply(channel.pushes.get(id)?.[0]?.split('\n')[0], 'notify.digest.daily')).toBe(true);
  }, 120_000);

  it('loses no acknowledged turn of 100 users when one instance is killed with SIGKILL mid-run', async () => {
    const users = Array.from({ length: 100 }, (_, i) => `crowd-${i}`);
    const acked = new Map(users.map((user) => [user, 0]));
    const attempted = new Map(users.map((user) => [user, 0]));
    const alive = new Set(urls.map((_, i) => i));
    const victim = INSTANCES - 1;
    let total = 0;
    await Promise.all(
      users.map(async (user, u) => {
        for (let turn = 0, tries = 0; turn < 10 && tries < 30; tries++) {
          const candidates = [...alive];
          const instance = candidates[(u + turn + tries) % candidates.length] ?? 0;
          attempted.set(user, (attempted.get(user) ?? 0) + 1);
          const res = await postActivity(urls[instance] ?? '', message(user, `turn ${turn}`)).catch(() => undefined);
          if (res?.status !== 200) {
            // Refused or cut off: that instance is gone; the next try goes elsewhere.
            if (instance === victim) alive.delete(victim);
            continue;
          }
          await res.arrayBuffer();
          acked.set(user, (acked.get(user) ?? 0) + 1);
          turn++;
          if (++total === 300) servers[victim]?.child.kill('SIGKILL');
        }
      }),
    );
    expect((await servers[victim]?.exited)?.code).toBeNull();
    expect(total).toBe(1000);
    const counts = await Promise.all(users.map((user) => turnCount(user)));
    // Every acknowledged turn is stored; a turn cut off by the kill may have been stored too.
    const lost = users.filter((user, i) => (counts[i] ?? 0) < (acked.get(user) ?? 0));
    expect(lost).toEqual([]);
    expect(users.filter((user, i) => (counts[i] ?? 0) > (attempted.get(user) ?? 0))).toEqual([]);
  }, 120_000);
});
