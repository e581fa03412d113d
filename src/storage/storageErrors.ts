/** Codes an operator can grep for in logs; each message says what to do next. */
export type StorageErrorCode = 'STORE_LOCKED' | 'STORE_CLOSED' | 'STORE_CORRUPT' | 'STORE_UNWRITABLE';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** The `code` of a Node system error (ENOENT, EEXIST, ...), if it is one. */
export function errnoCode(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}
