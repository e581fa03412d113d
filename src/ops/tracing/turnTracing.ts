import type { Logger } from 'pino';
import type { TurnObserver } from '../../pipeline/observeTurns';

/** Turn tracing while it runs: the observer to register and how to flush and stop it at shutdown. */
export interface TurnTracing {
  observeTurn: TurnObserver;
  shutdown(): Promise<void>;
}

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT: the collector's base URL; traces go to `<endpoint>/v1/traces` (OTLP over HTTP, JSON). */
  endpoint: string;
  serviceName: string;
  logger: Logger;
}

/**
 * One span per turn (`rapport.turn`) with a child span per pipeline stage (`recognize`, `chooseReplies`,
 * `save` …), sent over OTLP with `@opentelemetry/sdk-node`. The SDK is only loaded (`import()`) when an
 * endpoint is configured; without one nothing of OpenTelemetry is required. Attributes are the channel,
 * the turn's kind and outcome and the recognized intent (an id from content): never a user id or text.
 */
export async function startTurnTracing(options: TracingOptions): Promise<TurnTracing> {
  const [{ NodeSDK }, { OTLPTraceExporter }, api] = await Promise.all([import('@opentelemetry/sdk-node'), import('@opentelemetry/exporter-trace-otlp-http'), import('@opentelemetry/api')]);
  const sdk = new NodeSDK({
    serviceName: options.serviceName,
    traceExporter: new OTLPTraceExporter({ url: `${options.endpoint.replace(/\/+$/, '')}/v1/traces` }),
    instrumentations: [],
  });
  sdk.start();
  const tracer = api.trace.getTracer('rapport');
  options.logger.info({ endpoint: options.endpoint }, 'tracing: turns are traced over OTLP');
  const observeTurn: TurnObserver = ({ input, result, error, startMs, endMs }) => {
    try {
      const turn = tracer.startSpan('rapport.turn', {
        startTime: startMs,
        attributes: {
          'rapport.channel': input.channelId,
          'rapport.turn.kind': input.kind,
          'rapport.turn.outcome': error ? 'error' : 'ok',
          ...(result?.summary?.intent ? { 'rapport.intent': result.summary.intent } : {}),
          ...(result?.summary?.command ? { 'rapport.command': result.summary.command } : {}),
        },
      });
      const parent = api.trace.setSpan(api.context.active(), turn);
      for (const timing of result?.stages ?? []) tracer.startSpan(timing.stage, { startTime: timing.startMs }, parent).end(timing.endMs);
      if (error) turn.setStatus({ code: api.SpanStatusCode.ERROR, message: error instanceof Error ? error.name : 'error' });
      turn.end(endMs);
    } catch (failure) {
      // A trace is never worth a turn.
      options.logger.warn({ err: failure }, 'tracing: could not record a turn');
    }
  };
  return {
    observeTurn,
    shutdown: async () => {
      try {
        await sdk.shutdown();
      } catch (failure) {
        options.logger.warn({ err: failure }, 'tracing: could not flush traces at shutdown');
      }
    },
  };
}
