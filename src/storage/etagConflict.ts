/** Thrown when a write carries an eTag that no longer matches the stored item. */
export class EtagConflictError extends Error {
  readonly code = 'ETAG_CONFLICT';

  constructor(readonly key: string) {
    // Same wording as botbuilder's MemoryStorage, so log searches find both.
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'EtagConflictError';
  }
}

/**
 * True for an optimistic-concurrency failure from any backend, so callers can re-read and retry.
 * MemoryStorage only says so in its message; Azure backends surface HTTP 412 (Precondition Failed).
 */
export function isEtagConflict(err: unknown): boolean {
  if (err instanceof EtagConflictError) return true;
  if (typeof err !== 'object' || err === null) return false;
  if ('code' in err && (err.code === 'ETAG_CONFLICT' || err.code === 412)) return true;
  if ('statusCode' in err && err.statusCode === 412) return true;
  return err instanceof Error && /eTag conflict/i.test(err.message);
}

/** Tries of one conflicting save before giving up (each re-reads and re-applies; the pause grows). */
export const MAX_CONFLICT_ATTEMPTS = 20;
const BASE_BACKOFF_MS = 1;
const MAX_BACKOFF_MS = 50;

/**
 * How long to wait before retry `attempt` (1 = the first retry) of a save that lost an eTag race: doubling
 * from 1 ms up to 50 ms, times a jitter factor in [0.5, 1.5), so writers on several instances that
 * collided do not collide again in lockstep. `random` returns [0, 1).
 */
export function conflictBackoffMs(attempt: number, random: () => number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1)) * (0.5 + random());
}
