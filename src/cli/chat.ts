// Terminal chat: the same bot, pipeline and store as the server. Talks to a running server on PORT if
// there is one; otherwise starts the app in this process on a loopback port and talks to that.
import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { createApp } from '../app';
import { loadConfig } from '../config/loadConfig';

interface ChatTarget {
  url: string;
  close(): Promise<void>;
}

interface ReplyActivity {
  type: string;
  text?: string;
  suggestedActions?: { actions?: Array<{ title?: string; value?: unknown }> };
}

async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  const { values } = parseArgs({ options: { user: { type: 'string' }, name: { type: 'string' } } });
  const userId = values.user ?? `terminal-${userInfo().username}`;
  const target = await connect();
  const conversationId = `terminal-${randomUUID()}`;
  const send = (activity: Record<string, unknown>) => post(target.url, { ...baseActivity(userId, values.name, conversationId), ...activity });

  console.log(`Rapport terminal chat as user "${userId}". Type /help for commands, Ctrl+D or /quit to leave.\n`);
  print(await send({ type: 'conversationUpdate', membersAdded: [{ id: userId }] }));
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'you> ' });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text === '/quit' || text === '/exit') break;
    if (text) print(await send({ type: 'message', text }));
    rl.prompt();
  }
  rl.close();
  await target.close();
}

async function connect(): Promise<ChatTarget> {
  const config = loadConfig({ LOG_LEVEL: 'warn', ...process.env });
  const running = `http://127.0.0.1:${config.port}`;
  if (await isUp(running)) {
    console.log(`(connected to the server running at ${running})`);
    return { url: running, close: async () => undefined };
  }
  const app = await createApp({ ...config, port: 0, host: '127.0.0.1' });
  const address = await app.listen();
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

async function isUp(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(500) });
    return res.ok;
  } catch {
    return false;
  }
}

function baseActivity(userId: string, name: string | undefined, conversationId: string) {
  return {
    channelId: 'terminal',
    serviceUrl: 'http://127.0.0.1',
    from: { id: userId, name: name ?? userId },
    recipient: { id: 'rapport', name: 'Rapport' },
    conversation: { id: conversationId },
    locale: Intl.DateTimeFormat().resolvedOptions().locale,
    deliveryMode: 'expectReplies',
  };
}

async function post(url: string, activity: Record<string, unknown>): Promise<ReplyActivity[]> {
  const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity) });
  if (!res.ok) throw new Error(`The bot answered HTTP ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { activities?: ReplyActivity[] };
  return body.activities ?? [];
}

function print(activities: ReplyActivity[]): void {
  for (const activity of activities) {
    if (activity.type !== 'message' || !activity.text) continue;
    console.log(`rapport> ${activity.text.replace(/\n/g, '\n         ')}`);
    const buttons = activity.suggestedActions?.actions?.map((action) => action.title ?? String(action.value)) ?? [];
    if (buttons.length > 0) console.log(`         [${buttons.join('] [')}]`);
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
