import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { writeItem } from '../../storage/creatableStorage';
import { conflictBackoffMs, isEtagConflict, MAX_CONFLICT_ATTEMPTS } from '../../storage/etagConflict';
import type { Storage } from '../../storage/storage';
import type { Clock } from '../../util/clock';
import type { Random } from '../../util/random';

/** The one store record: masked texts only, no user id, no channel. */
export const UNMATCHED_KEY = 'insights/unmatched';

export type UnmatchedKind = 'outOfScope' | 'lowConfidence';

export interface UnmatchedEntry {
  /** The masked, normalized text (src/ops/unmatched/maskText.ts). */
  text: string;
  count: number;
  outOfScope: number;
  lowConfidence: number;
  /** Day of the first and last time it was said (YYYY-MM-DD): no finer time is kept. */
  firstSeen: string;
  lastSeen: string;
}

export interface UnmatchedLimits {
  /** Distinct texts kept; the least said (then the oldest) go first. */
  maxEntries: number;
  /** Texts not said for this many days are dropped. */
  maxAgeDays: number;
}

export const DEFAULT_UNMATCHED_LIMITS: UnmatchedLimits = { maxEntries: 500, maxAgeDays: 30 };
const FLUSH_DELAY_MS = 2000;

/**
 * Counts what people said that nothing matched (out of scope, or a low-confidence intent), so writers
 * know which examples to add. Recorded texts wait in memory and are merged into one store record a
 * moment later (eTag-checked: several instances add up, none overwrites another), bounded in size and age.
 */
export class UnmatchedLog {
  private pending = new Map<string, { outOfScope: number; lowConfidence: number }>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly random: Random,
    private readonly limits: UnmatchedLimits = DEFAULT_UNMATCHED_LIMITS,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Counts one masked text; the store is written shortly after, not on the turn's path. */
  record(masked: string, kind: UnmatchedKind): void {
    if (masked === '') return;
    const counts = this.pending.get(masked) ?? { outOfScope: 0, lowConfidence: 0 };
    counts[kind] += 1;
    this.pending.set(masked, counts);
    this.timer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS).unref();
  }

  /** Writes what is pending (tests, and the app on close). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.flushing.then(() => (batch.size > 0 ? this.merge(batch) : undefined)).catch(this.onError);
    return this.flushing;
  }

  /** The entries kept, most said first. */
  async list(): Promise<UnmatchedEntry[]> {
    return entriesOf((await this.storage.read([UNMATCHED_KEY]))[UNMATCHED_KEY]).entries.sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen));
  }

  private async merge(batch: Map<string, { outOfScope: number; lowConfidence: number }>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const stored = entriesOf((await this.storage.read([UNMATCHED_KEY]))[UNMATCHED_KEY]);
      const today = this.clock.now().toISOString().slice(0, 10);
      const byText = new Map(stored.entries.map((entry) => [entry.text, entry]));
      for (const [text, counts] of batch) {
        const entry = byText.get(text) ?? { text, count: 0, outOfScope: 0, lowConfidence: 0, firstSeen: today, lastSeen: today };
        byText.set(text, { ...entry, count: entry.count + counts.outOfScope + counts.lowConfidence, outOfScope: entry.outOfScope + counts.outOfScope, lowConfidence: entry.lowConfidence + counts.lowConfidence, lastSeen: today });
      }
      try {
        await writeItem(this.storage, UNMATCHED_KEY, { entries: bounded([...byText.values()], today, this.limits) }, stored.eTag);
        return;
      } catch (err) {
        if (!isEtagConflict(err) || attempt >= MAX_CONFLICT_ATTEMPTS) throw err;
        await sleep(conflictBackoffMs(attempt, this.random));
      }
    }
  }
}

/** Drops texts older than the age limit, then keeps the most said up to the size limit. */
function bounded(entries: UnmatchedEntry[], today: string, limits: UnmatchedLimits): UnmatchedEntry[] {
  const oldest = new Date(Date.parse(today) - limits.maxAgeDays * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  return entries
    .filter((entry) => entry.lastSeen >= oldest)
    .sort((a, b) => b.count - a.count || b.lastSeen.localeCompare(a.lastSeen))
    .slice(0, limits.maxEntries);
}

const entrySchema = z.object({ text: z.string(), count: z.number(), outOfScope: z.number(), lowConfidence: z.number(), firstSeen: z.string(), lastSeen: z.string() });

/** The stored record's entries, with anything malformed left out. */
function entriesOf(item: unknown): { entries: UnmatchedEntry[]; eTag?: string } {
  const parsed = z.object({ entries: z.array(z.unknown()), eTag: z.string().optional() }).safeParse(item);
  if (!parsed.success) return { entries: [] };
  const entries = parsed.data.entries.flatMap((entry) => {
    const valid = entrySchema.safeParse(entry);
    return valid.success ? [valid.data] : [];
  });
  return { entries, ...(parsed.data.eTag ? { eTag: parsed.data.eTag } : {}) };
}
