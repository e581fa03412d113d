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
