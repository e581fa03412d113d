import type { Forgotten } from './forgotten';

/** How long what a forget request took can still be taken back ("no wait, keep it"), at most. */
export const FORGET_UNDO_MS = 5 * 60 * 1000;
/** People whose last forget is held at once; past it the oldest go (their take-back window simply closes). */
const MAX_HELD = 10_000;

/**
 * What each person's last forget request took, held in this process's memory only, never in the store: it can be
 * taken back by the person's next message within `FORGET_UNDO_MS`, after which it is gone. Whatever that next
 * message says, it ends the window; so do /forget and an erase request (`drop`). A restart, or a next message served
 * by another instance, ends it too: the forget then simply stands.
 */
export class ForgetUndo {
  private readonly held = new Map<string, { forgotten: Forgotten; until: number }>();

  constructor(private readonly windowMs: number = FORGET_UNDO_MS) {}

  /** Holds what a forget took, in place of anything held for the same person. */
  hold(key: string, forgotten: Forgotten, now: Date): void {
    this.held.delete(key);
    this.held.set(key, { forgotten, until: now.getTime() + this.windowMs });
    // Held in the order they came, so the ones whose window closed first are first.
    for (const [other, { until }] of this.held) {
      if (until >= now.getTime() && this.held.size <= MAX_HELD) break;
      this.held.delete(other);
    }
  }

  /** What the person's next message may take back: taken out whatever it says, undefined once the window closed. */
  take(key: string, now: Date): Forgotten | undefined {
    const held = this.held.get(key);
    this.held.delete(key);
    return held && now.getTime() <= held.until ? held.forgotten : undefined;
  }

  drop(key: string): void {
    this.held.delete(key);
  }

  /** Whether anything is held for the person now (for tests and /healthz-style checks). */
  holds(key: string, now: Date): boolean {
    const held = this.held.get(key);
    return held !== undefined && now.getTime() <= held.until;
  }
}
