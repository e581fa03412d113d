import { CodedError } from '../util/codedError';

/** Codes an operator can grep for in logs; each message says what to do next. */
export type StorageErrorCode = 'STORE_LOCKED' | 'STORE_CLOSED' | 'STORE_CORRUPT' | 'STORE_UNWRITABLE' | 'STORE_UNAVAILABLE' | 'STORE_SCHEMA';

export class StorageError extends CodedError<StorageErrorCode> {}
