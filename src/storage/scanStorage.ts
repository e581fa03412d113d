import { MemoryStorage } from './memoryStorage';
import type { Storage } from './storage';

/**
 * A backend that can list its items by key prefix, beyond botbuilder's `Storage` (which reads only keys it
 * is given). The insights page (src/ops/insights/) reads every profile through it; a backend without it
 * has no insights page.
 */
export interface ScanStorage {
  /** Every item whose key starts with `prefix`, in no particular order. Values are read-only views. */
  scan(prefix: string): AsyncIterable<[key: string, value: Readonly<Record<string, unknown>>]>;
}

export function canScan(storage: Storage): storage is Storage & ScanStorage {
  return 'scan' in storage && typeof storage.scan === 'function';
}

/** MemoryStorage (STORAGE_URL=memory:, tests), listable. */
export class ScanMemoryStorage extends MemoryStorage implements ScanStorage {
  async *scan(prefix: string): AsyncIterable<[string, Record<string, unknown>]> {
    for (const [key, json] of this.items) {
      if (key.startsWith(prefix) && typeof json === 'string') yield [key, JSON.parse(json) as Record<string, unknown>];
    }
  }
}
