import { App, AppOverrides, createApp } from '../../src/app';
import { loadConfig } from '../../src/config/loadConfig';
import { TEST_MODEL_CACHE } from './modelCache';
import { SDK_UNDER_TEST } from './testChannel';
import { CATALOG_FILE, DIALOGS_DIR } from './testRapport';

export interface TestServer {
  app: App;
  url: string;
  /** Sends one message with deliveryMode expectReplies and returns the reply texts. */
  say(userId: string, text: string): Promise<string[]>;
  close(): Promise<void>;
}

/** The real server on an ephemeral loopback port, on the SDK under test (BOT_SDK). */
export async function startTestServer(env: Record<string, string> = {}, overrides: AppOverrides = {}): Promise<TestServer> {
  // NLU_CACHE_DIR: this run's cache of the shipped dialogs' model, outside the repository (test/helpers/modelCache.ts);
  // none for another dialogs folder, whose model would evict it.
  // INSIGHTS_UNMATCHED false: the store holds only what a test expects, unless it asks for the counts.
  const config = loadConfig({ PORT: '0', STORAGE_URL: 'memory:', LOG_LEVEL: 'silent', NLU_CACHE_DIR: env.DIALOGS_DIR ? '' : TEST_MODEL_CACHE || '', INSIGHTS_UNMATCHED: 'false', DIALOGS_DIR, CATALOG_FILE, BOT_SDK: SDK_UNDER_TEST, ...env });
  const app = await createApp(config, overrides);
  const address = await app.listen();
  const url = `http://127.0.0.1:${address.port}`;
  return {
    app,
    url,
    say: async (userId, text) => {
      const res = await postActivity(url, message(userId, text));
      if (res.status !== 200) throw new Error(`POST /api/messages answered ${res.status}: ${await res.text()}`);
      const body = (await res.json()) as { activities: Array<{ text?: string }> };
      return body.activities.map((activity) => activity.text ?? '');
    },
    close: () => app.close(),
  };
}

export function message(userId: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    id: `m-${Math.random().toString(36).slice(2)}`,
    channelId: 'emulator',
    serviceUrl: 'http://127.0.0.1:9',
    from: { id: userId, name: userId },
    recipient: { id: 'rapport', name: 'Rapport' },
    conversation: { id: `conv-${userId}` },
    text,
    deliveryMode: 'expectReplies',
    ...extra,
  };
}

export function postActivity(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
