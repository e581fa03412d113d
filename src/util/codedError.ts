/** The error codes Rapport logs; an operator can grep for them. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CONTENT_INVALID'
  | 'PROFILE_CONFLICT'
  | 'PROFILE_CORRUPT'
  | 'TURN_FAILED'
  | 'UNSUPPORTED_STORAGE';

/**
 * An error with a code for the logs. Parts with codes of their own (storage, push messages) extend it
 * with their code type; the class name becomes the error's name.
 */
export class CodedError<Code extends string = ErrorCode> extends Error {
  constructor(
    readonly code: Code,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The `code` of an error (ours, or a Node system error such as ENOENT), if it has one. */
export function codeOf(err: unknown): string | undefined {
  if (typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string') return err.code;
  return undefined;
}

/** The code to log for a failure: its own, else TURN_FAILED. */
export function errorCode(err: unknown): string {
  return codeOf(err) ?? 'TURN_FAILED';
}
