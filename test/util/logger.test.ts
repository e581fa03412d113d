import { PassThrough } from 'node:stream';
import { CodedError } from '../../src/util/codedError';
import { createLogger, serializeError } from '../../src/util/logger';
import { logDestination } from '../../src/util/logDestination';
import { captureLogs } from '../helpers/capturedLogs';

/** A stream that says whether it is a terminal, as process.stdout does. */
function terminal(isTTY: boolean): NodeJS.WriteStream & { text(): string } {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString('utf8')));
  return Object.assign(stream, { isTTY, text: () => written }) as unknown as NodeJS.WriteStream & { text(): string };
}

describe('error logging', () => {
  it('goes through pino\'s error serializer: type, code, stack frames and causes, but not other code\'s messages', () => {
    const logs = captureLogs();
    const parseError = Object.assign(new SyntaxError('Unexpected token in {"text":"my secret diary"}'), { code: 'E_PARSE' });
    logs.logger.error({ code: 'TURN_FAILED', err: new CodedError('PROFILE_CONFLICT', 'Gave up saving users/x after 8 eTag conflicts', { cause: parseError }) }, 'turn failed');
    const [entry] = logs.withCode('TURN_FAILED');
    expect(entry.err).toMatchObject({ type: 'CodedError', name: 'CodedError', code: 'PROFILE_CONFLICT', message: 'Gave up saving users/x after 8 eTag conflicts', cause: { type: 'SyntaxError', code: 'E_PARSE' } });
    expect((entry.err as { stack: string }).stack).toMatch(/^\s+at /);
    expect(logs.lines.join('')).not.toContain('secret diary');
  });

  it('leaves values that are not errors (already made safe) as they are', () => {
    expect(serializeError({ name: 'Error', code: 'X' })).toEqual({ name: 'Error', code: 'X' });
  });
});

describe('log lines', () => {
  it('are readable lines in development at a terminal', async () => {
    const stream = terminal(true);
    const destination = await logDestination('auto', 'development', stream);
    expect(destination).toBeDefined();
    createLogger('info', destination).info({ code: 'STARTED', port: 3978 }, 'Rapport is listening');
    // eslint-disable-next-line no-control-regex
    const text = stream.text().replace(/\u001b\[\d+m/g, '');
    expect(text).toMatch(/INFO.*Rapport is listening/);
    expect(text).toContain('port: 3978');
    expect(() => JSON.parse(text)).toThrow();
  });

  it('stay JSON in production, in a pipe (a container, a log shipper), or when asked', async () => {
    expect(await logDestination('auto', 'production', terminal(true))).toBeUndefined();
    expect(await logDestination('auto', 'development', terminal(false))).toBeUndefined();
    expect(await logDestination('json', 'development', terminal(true))).toBeUndefined();
    expect(await logDestination('pretty', 'production', terminal(false))).toBeDefined();
  });
});
