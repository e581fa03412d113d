/** Codes push messages log or throw; an operator can grep for them. */
export type NotifyErrorCode = 'NOTIFY_INDEX_CONFLICT' | 'NOTIFY_DELIVERY_FAILED' | 'NOTIFY_GAVE_UP' | 'NOTIFY_OUTCOME_UNKNOWN' | 'NOTIFY_TICK_FAILED' | 'NOTIFY_USER_FAILED';

export class NotifyError extends Error {
  constructor(
    readonly code: NotifyErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'NotifyError';
  }
}
