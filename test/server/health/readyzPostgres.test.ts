import { describePostgres, proxiedUrl, testSchema, TestSchema } from '../../helpers/postgres';
import { isReply } from '../../helpers/testRapport';
import type { TcpProxy } from '../../helpers/tcpProxy';
import { message, postActivity, startTestServer, TestServer } from '../../helpers/testServer';

describePostgres('GET /readyz on the PostgreSQL store', () => {
  let schema: TestSchema;
  let proxy: TcpProxy;
  let server: TestServer;

  beforeAll(async () => {
    schema = testSchema();
    const proxied = await proxiedUrl(schema);
    proxy = proxied.proxy;
    server = await startTestServer({ STORAGE_URL: proxied.url });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await proxy?.close();
    await schema?.drop();
  });

  it('says the store is unreachable while the database is away, and recovers by itself when it is back', async () => {
    const readyz = async () => {
      const res = await fetch(`${server.url}/readyz`);
      return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
    };
    expect(await readyz()).toMatchObject({ status: 200, body: { checks: { store: 'ok' } } });
    expect((await postActivity(server.url, message('ray', 'call me Ray'))).status).toBe(200);

    await proxy.cut();
    expect(await readyz()).toMatchObject({ status: 503, body: { checks: { store: 'failing', content: 'ok' } } });
    // The turn fails (STORE_UNAVAILABLE in the log) and the user gets the apology.
    expect((await postActivity(server.url, message('ray', 'hello'))).status).toBe(200);

    await proxy.restore();
    expect(await readyz()).toMatchObject({ status: 200, body: { checks: { store: 'ok' } } });
    expect((await server.say('ray', "what's my name?")).some((text) => isReply(text, 'name.known', { name: 'Ray' }))).toBe(true);
  }, 60_000);
});
