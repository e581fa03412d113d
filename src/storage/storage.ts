/**
 * The Bot Framework's storage contract (botbuilder's and the Agents SDK's `Storage` have this shape):
 * items are JSON objects under string keys; a write with an `eTag` other than `*` succeeds only if the
 * stored item still has it. Declared here so the core depends on neither SDK.
 */
/** One item: any JSON object, with the eTag the store gave it. */
export interface StoreItem {
  [field: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the SDKs declare it so
  eTag?: string;
}

export interface StoreItems {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- the SDKs declare it so; callers narrow
}

export interface Storage {
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}
