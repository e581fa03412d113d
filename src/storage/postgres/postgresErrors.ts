import { codeOf } from '../../util/codedError';
import { StorageError } from '../storageErrors';
import type { PostgresTarget } from './postgresUrl';

/** Errors of the connection rather than of the statement: the server is down, restarting or unreachable. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '53300']);
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error|connection is closed|Client was closed/i;

export function isConnectionError(err: unknown): boolean {
  const code = codeOf(err);
  if (code !== undefined && (CONNECTION_CODES.has(code) || code.startsWith('08'))) return true;
  return err instanceof Error && CONNECTION_MESSAGES.test(err.message);
}

/** What went wrong in a few words, without the statement or its values. */
function reason(err: unknown): string {
  const code = codeOf(err);
  if (code === 'ECONNREFUSED') return 'connection refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'host not found';
  if (code === '57P01' || code === '57P02') return 'the server shut down';
  if (code === '57P03') return 'the server is starting up or shutting down';
  if (code === '53300') return 'too many connections';
  if (err instanceof Error && /timeout/i.test(err.message)) return 'timed out';
  return code ?? (err instanceof Error ? err.message.split('\n')[0]?.slice(0, 120) ?? 'unknown error' : 'unknown error');
}

/** A failed query or connection as a coded storage error a turn can fail with (and /readyz can show). */
export function unavailable(where: string, err: unknown): StorageError {
  return new StorageError('STORE_UNAVAILABLE', `PostgreSQL at ${where} is unavailable (${reason(err)})`, { cause: err });
}

/** One line an operator can act on, for a store that cannot be opened at start-up. */
export function startupFailure({ description: where, user, database }: Pick<PostgresTarget, 'description' | 'user' | 'database'>, err: unknown): StorageError {
  const code = codeOf(err);
  if (code === '28P01' || code === '28000') {
    return new StorageError('STORE_UNAVAILABLE', `PostgreSQL at ${where} refused user "${user}" (${code === '28P01' ? 'wrong password' : 'not allowed by pg_hba.conf'}): fix the user and password in STORAGE_URL`, { cause: err });
  }
  if (code === '3D000') {
    return new StorageError('STORE_UNAVAILABLE', `PostgreSQL at ${where} has no database "${database}": create it (createdb ${database}) or fix STORAGE_URL`, { cause: err });
  }
  if (code === '42501') {
    return new StorageError('STORE_SCHEMA', `PostgreSQL user "${user}" may not create Rapport's tables at ${where}: grant it CREATE on the database (or create the schema for it)`, { cause: err });
  }
  if (isConnectionError(err)) {
    return new StorageError('STORE_UNAVAILABLE', `Could not reach PostgreSQL at ${where} (${reason(err)}): is the server running, and is STORAGE_URL right?`, { cause: err });
  }
  return new StorageError('STORE_SCHEMA', `Could not prepare Rapport's tables at ${where} (${reason(err)})`, { cause: err });
}
