import { MAX_REQUEST_AGE_SECONDS } from './verifySlackSignature';

/** Signatures remembered at most; a flood of distinct valid requests cannot grow memory past this. */
const MAX_REMEMBERED = 20_000;

/**
 * The signatures of the signed requests seen within Slack's 5-minute window. A signed request replayed
 * inside the window has a valid, fresh signature: only memory tells it apart. Outside the window the
 * timestamp check refuses it, so entries are forgotten then.
 */
export class ReplayGuard {
  /** signature → when it may be forgotten (ms); in insertion order, which is nearly expiry order. */
  private readonly seen = new Map<string, number>();

  /** True the first time a signature is presented within the window, false for a repeat. */
  firstTime(signature: string, timestampSeconds: number, now: Date): boolean {
    const nowMs = now.getTime();
    for (const [known, forgetAt] of this.seen) {
      if (forgetAt > nowMs && this.seen.size < MAX_REMEMBERED) break;
      this.seen.delete(known);
    }
    if (this.seen.has(signature)) return false;
    // Accepted timestamps lie within the window either side of now, so this covers the whole time it is accepted.
    this.seen.set(signature, Math.max(timestampSeconds * 1000, nowMs) + MAX_REQUEST_AGE_SECONDS * 1000);
    return true;
  }
}
