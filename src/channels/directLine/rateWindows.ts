import { Clock } from '../../util/clock';

/**
 * Sliding one-minute windows per name (a client address, a conversation), in this process's memory and
 * bounded: past `maxNames` the name used longest ago is forgotten (a Map keeps insertion order; a name is
 * re-inserted on use, so the first is the quietest).
 */
export class RateWindows {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly maxNames: number,
  ) {}

  /** Counts one event for `name`; false (and not counted) when `perMinute` were counted in the last minute. */
  allow(name: string, perMinute: number): boolean {
    const times = this.times.get(name) ?? [];
    this.times.delete(name);
    this.times.set(name, times);
    while (this.times.size > this.maxNames) {
      const quietest = this.times.keys().next().value;
      if (quietest === undefined) break;
      this.times.delete(quietest);
    }
    const now = this.clock.now().getTime();
    while (times.length > 0 && (times[0] ?? 0) <= now - 60_000) times.shift();
    if (times.length >= perMinute) return false;
    times.push(now);
    return true;
  }

  forget(name: string): void {
    this.times.delete(name);
  }
}
