import type { DestinationStream } from 'pino';

export type LogFormat = 'json' | 'pretty' | 'auto';

/**
 * Where log lines go: undefined for pino's own JSON on stdout (production, a pipe, a container), or
 * pino-pretty's readable lines when asked (`LOG_FORMAT=pretty`) or when `auto` sees a developer at a
 * terminal. pino-pretty is a development dependency: an image without it logs JSON, never fails.
 */
export async function logDestination(format: LogFormat, nodeEnv: string, stream: NodeJS.WriteStream = process.stdout): Promise<DestinationStream | undefined> {
  const pretty = format === 'pretty' || (format === 'auto' && nodeEnv === 'development' && stream.isTTY === true);
  if (!pretty) return undefined;
  try {
    const { default: pinoPretty } = await import('pino-pretty');
    return pinoPretty({ colorize: stream.isTTY === true, sync: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,app', destination: stream });
  } catch {
    return undefined;
  }
}
