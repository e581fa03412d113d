import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout. Message text is never logged: log ids, codes and timings only.
 * Authorization headers are redacted in case a request object is ever logged.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'rapport' }, redact: ['req.headers.authorization', '*.text'] });
}

export const silentLogger: Logger = pino({ level: 'silent' });
