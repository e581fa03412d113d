import { EtagConflictError, isEtagConflict } from './etagConflict';
import type { CreatableStorage } from './creatableStorage';
import type { ScanStorage } from './scanStorage';
import type { StoreItem } from './storage';

export interface CopyReport {
  /** Items written to the target. */
  copied: number;
  /** Items the target had already (left as they are there). */
  skipped: number;
}

/** Items written per batch; a batch that meets a key already there is written item by item. */
const BATCH = 500;

/**
 * Copies every item of `source` into `target`, creating each key only if the target lacks it: running it
 * twice, or after the target already served turns, never overwrites what the target holds. eTags are
 * not copied (the target gives its own).
 */
export async function copyStore(source: ScanStorage, target: CreatableStorage, onProgress: (report: CopyReport) => void = () => undefined): Promise<CopyReport> {
  const report: CopyReport = { copied: 0, skipped: 0 };
  let batch: Array<[string, StoreItem]> = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const items = batch;
    batch = [];
    try {
      await target.create(Object.fromEntries(items));
      report.copied += items.length;
    } catch (err) {
      if (!isEtagConflict(err)) throw err;
      for (const [key, item] of items) {
        try {
          await target.create({ [key]: item });
          report.copied += 1;
        } catch (itemErr) {
          if (!(itemErr instanceof EtagConflictError) && !isEtagConflict(itemErr)) throw itemErr;
          report.skipped += 1;
        }
      }
    }
    onProgress({ ...report });
  };
  for await (const [key, value] of source.scan('')) {
    const item: StoreItem = structuredClone(value);
    delete item.eTag;
    batch.push([key, item]);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return report;
}
