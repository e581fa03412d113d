import pino from 'pino';
import { CodedError, codeOf } from './codedError';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout. Message text is never logged: log ids, codes and timings only.
 * Authorization headers are redacted in case a request object is ever logged.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'rapport' }, redact: ['req.headers.authorization', '*.text'] }, destination);
}

export const silentLogger: Logger = pino({ level: 'silent' });

/** What a log line says about an error. */
export interface LoggedError {
  name: string;
  code?: string;
  message?: string;
  stack?: string;
}

/**
 * An error as it may be logged. Other code's messages can quote the input (a JSON parser shows the text
 * around a mistake, a URI error the id), so only our own coded errors keep their message; every error
 * keeps its name, code and stack frames, which say where without saying what.
 */
export function safeError(err: unknown): LoggedError {
  if (!(err instanceof Error)) return { name: typeof err };
  const frames = err.stack?.split('\n').filter((line) => /^\s+at /.test(line)).join('\n');
  const code = codeOf(err);
  return {
    name: err.name,
    ...(code ? { code } : {}),
    ...(err instanceof CodedError ? { message: err.message } : {}),
    ...(frames ? { stack: frames } : {}),
  };
}
