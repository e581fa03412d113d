import { MemoryStorage } from 'botbuilder';
import type { StoreItems } from 'botbuilder';
import { Readiness } from '../../../src/server/health/readiness';
import { startTestServer, TestServer } from '../../helpers/testServer';

/** MemoryStorage whose reads can be made to fail, as when the store's disk or database is gone. */
class FlakyStorage extends MemoryStorage {
  down = false;
  override async read(keys: string[]): Promise<StoreItems> {
    if (this.down) throw new Error('store unreachable');
    return super.read(keys);
  }
}

// Each server trains the intent model at start-up: slow on a busy machine.
const START_TIMEOUT_MS = 120_000;

describe('GET /livez and /readyz', () => {
  const storage = new FlakyStorage();
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({}, { storage });
  }, START_TIMEOUT_MS);
  afterAll(() => server.close());

  it('are alive and ready once content, model and store are there; /healthz stays', async () => {
    const live = await fetch(`${server.url}/livez`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'alive' });
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { content: 'ok', store: 'ok' } });
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('is not ready while the store cannot be read, and still alive (restarting would not help)', async () => {
    storage.down = true;
    try {
      const ready = await fetch(`${server.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'not-ready', checks: { content: 'ok', store: 'failing' } });
      expect((await fetch(`${server.url}/livez`)).status).toBe(200);
    } finally {
      storage.down = false;
    }
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
  });
});

describe('shutdown', () => {
  it('fails /readyz first on shutdown and keeps serving turns for SHUTDOWN_DELAY_SECONDS, then stops', async () => {
    const server = await startTestServer({ SHUTDOWN_DELAY_SECONDS: '1' });
    const started = performance.now();
    const closed = server.close();
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'draining' });
    // A load balancer that has not noticed yet still gets its turns answered.
    expect(await server.say('late-user', 'hello')).not.toHaveLength(0);
    await closed;
    // A timer may fire a fraction of a millisecond early against a clock read outside it.
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    await expect(fetch(`${server.url}/livez`)).rejects.toThrow();
  }, START_TIMEOUT_MS);
});

describe('Readiness', () => {
  it('counts a check that hangs as failing after its timeout', async () => {
    const readiness = new Readiness([{ name: 'stuck', check: () => new Promise<void>(() => undefined) }], 50);
    readiness.add({ name: 'fine', check: async () => undefined });
    expect(await readiness.report()).toEqual({ ready: false, status: 'not-ready', checks: { stuck: 'failing', fine: 'ok' } });
  });
});
