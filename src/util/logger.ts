import pino from 'pino';
import { CodedError, codeOf } from './codedError';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout. Message text is never logged: log ids, codes and timings only.
 * Authorization headers are redacted in case a request object is ever logged. An error goes under `err`
 * as it is (`logger.error({ code, err }, …)`): the serializer keeps what may be logged of it.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: { app: 'rapport' }, redact: ['req.headers.authorization', '*.text'], serializers: { err: serializeError } }, destination);
}

/**
 * pino's error serializer (type, cause chain), then only what `safeError` allows: the type, the code,
 * stack frames, and the message of our own coded errors. Anything else (already safe) passes as it is.
 */
export function serializeError(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { type } = pino.stdSerializers.err(value);
  const cause = value.cause instanceof Error ? { cause: serializeError(value.cause) } : {};
  return { type, ...safeError(value), ...cause };
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
