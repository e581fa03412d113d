import { CodedError } from '../util/codedError';

/** Codes push messages log or throw; an operator can grep for them. */
export type NotifyErrorCode = 'NOTIFY_INDEX_CONFLICT' | 'NOTIFY_DELIVERY_FAILED' | 'NOTIFY_GAVE_UP' | 'NOTIFY_OUTCOME_UNKNOWN' | 'NOTIFY_TICK_FAILED' | 'NOTIFY_USER_FAILED';

export class NotifyError extends CodedError<NotifyErrorCode> {}
