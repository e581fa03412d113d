import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/util/logger';

export interface CapturedLogs {
  logger: Logger;
  /** Every line logged so far, as written (JSON). */
  lines: string[];
  /** The lines whose `code` field is `code`. */
  withCode(code: string): Array<Record<string, unknown>>;
}

/** The production logger (same redaction), at debug level, whose lines are kept for assertions. */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  return {
    logger,
    lines,
    withCode: (code) => lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.code === code),
  };
}
