import type { Storage } from './storage';

/**
 * A store that keeps superseded versions of an item in its files (a journal) until it compacts, and can
 * overwrite them now, keeping only the current one. An item shared by many users (the push index) holds
 * an erased user's id in those older versions: erasure calls this after rewriting the item without them.
 */
export interface ForgetsHistory {
  forgetHistory(keys: string[]): Promise<void>;
}

export function forgetsHistory(storage: Storage): storage is Storage & ForgetsHistory {
  return typeof (storage as Partial<ForgetsHistory>).forgetHistory === 'function';
}
