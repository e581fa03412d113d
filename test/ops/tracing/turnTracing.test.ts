import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TestServer, startTestServer } from '../../helpers/testServer';

interface ExportedSpan {
  name: string;
  spanId: string;
  parentSpanId?: string;
  startTimeUnixNano: string;
  endTimeUnixNano: string;
  attributes: Array<{ key: string; value: { stringValue?: string } }>;
}

/** A stand-in OpenTelemetry collector: keeps every span posted to /v1/traces (OTLP over HTTP, JSON). */
async function startCollector(): Promise<{ url: string; spans: ExportedSpan[]; paths: string[]; close(): Promise<void> }> {
  const spans: ExportedSpan[] = [];
  const paths: string[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      paths.push(req.url ?? '');
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { resourceSpans: Array<{ scopeSpans: Array<{ spans: ExportedSpan[] }> }> };
      for (const resource of body.resourceSpans) for (const scope of resource.scopeSpans) spans.push(...scope.spans);
      // restify patches ServerResponse in this process: no chaining on writeHead.
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, spans, paths, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('OpenTelemetry traces (OTEL_EXPORTER_OTLP_ENDPOINT)', () => {
  let collector: Awaited<ReturnType<typeof startCollector>>;
  let server: TestServer;
  beforeAll(async () => {
    collector = await startCollector();
    server = await startTestServer({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
  }, 120_000);
  afterAll(() => collector.close());

  it('sends one span per turn with a child span per stage, and no user id or text', async () => {
    await server.say('trace-user-42', 'I have a cat called Whiskers');
    // Closing the app flushes the batch of spans.
    await server.close();
    expect(collector.paths).toContain('/v1/traces');
    const turns = collector.spans.filter((span) => span.name === 'rapport.turn');
    expect(turns).toHaveLength(1);
    const [turn] = turns;
    const children = collector.spans.filter((span) => span.parentSpanId === turn.spanId).map((span) => span.name);
    expect(children).toEqual(expect.arrayContaining(['runCommand', 'recognize', 'understandMemoryUnlessFelt', 'prepareReply', 'chooseReplies', 'composeTurnReplies', 'remember', 'save']));
    for (const child of collector.spans.filter((span) => span.parentSpanId === turn.spanId)) {
      expect(BigInt(child.startTimeUnixNano)).toBeGreaterThanOrEqual(BigInt(turn.startTimeUnixNano));
      expect(BigInt(child.endTimeUnixNano)).toBeLessThanOrEqual(BigInt(turn.endTimeUnixNano));
    }
    const attributes = Object.fromEntries(turn.attributes.map((attribute) => [attribute.key, attribute.value.stringValue]));
    expect(attributes).toMatchObject({ 'rapport.channel': 'emulator', 'rapport.turn.kind': 'message', 'rapport.turn.outcome': 'ok' });
    const everything = JSON.stringify(collector.spans);
    expect(everything).not.toContain('trace-user-42');
    expect(everything).not.toContain('Whiskers');
  }, 60_000);
});
