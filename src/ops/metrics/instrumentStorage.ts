import type { Storage } from '../../storage/storage';
import { isEtagConflict } from '../../storage/etagConflict';
import type { RapportMetrics, StorageOperation } from './rapportMetrics';

const TIMED: ReadonlySet<string> = new Set<StorageOperation>(['read', 'write', 'delete']);

/**
 * The same storage, with read, write and delete timed into the metrics. A Proxy rather than a wrapper class,
 * so whatever else a backend offers (flush, close, create-if-absent) stays reachable and duck-typing on it
 * still works.
 */
export function instrumentStorage<S extends Storage>(storage: S, metrics: RapportMetrics, now: () => number = () => performance.now()): S {
  return new Proxy(storage, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      if (typeof property !== 'string' || !TIMED.has(property)) return value.bind(target);
      const operation = property as StorageOperation;
      return async (...args: unknown[]) => {
        const started = now();
        try {
          const result: unknown = await value.apply(target, args);
          metrics.storageOperation(operation, 'ok', (now() - started) / 1000);
          return result;
        } catch (err) {
          metrics.storageOperation(operation, isEtagConflict(err) ? 'conflict' : 'error', (now() - started) / 1000);
          throw err;
        }
      };
    },
  });
}
