/** The error codes Rapport logs; an operator can grep for them. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONTENT_INVALID'
  | 'PROFILE_CONFLICT'
  | 'PROFILE_CORRUPT'
  | 'STORE_CLOSED'
  | 'STORE_CORRUPT'
  | 'STORE_LOCKED'
  | 'STORE_UNWRITABLE'
  | 'TURN_FAILED'
  | 'UNSUPPORTED_STORAGE';

export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CodedError';
  }
}

export function errorCode(err: unknown): string {
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  return 'TURN_FAILED';
}
