import { startTestServer } from '../../helpers/testServer';

// The SDK and its exporter, not @opentelemetry/api: prom-client requires the API (a no-op without an SDK) for exemplars.
const mockLoaded: string[] = [];
jest.mock('@opentelemetry/sdk-node', () => {
  mockLoaded.push('@opentelemetry/sdk-node');
  return {};
});
jest.mock('@opentelemetry/exporter-trace-otlp-http', () => {
  mockLoaded.push('@opentelemetry/exporter-trace-otlp-http');
  return {};
});

describe('without OTEL_EXPORTER_OTLP_ENDPOINT', () => {
  it('loads nothing of OpenTelemetry', async () => {
    const server = await startTestServer({});
    try {
      expect((await server.say('no-trace-user', 'hello')).length).toBeGreaterThan(0);
      expect(mockLoaded).toEqual([]);
    } finally {
      await server.close();
    }
  }, 120_000);
});
