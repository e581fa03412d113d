import type { TurnObserver } from '../../pipeline/observeTurns';
import type { UnmatchedLog } from './unmatchedLog';

/**
 * Counts each message that ended out of scope or with a low-confidence intent, masked by `mask`, in the
 * log; never one from someone in private mode. Keeps no user id, channel or time finer than the day.
 */
export function observeUnmatched(log: UnmatchedLog, mask: (text: string) => string): TurnObserver {
  return ({ input, result }) => {
    const summary = result?.summary;
    if (input.kind !== 'message' || !summary || summary.private || (!summary.outOfScope && !summary.lowConfidence)) return;
    try {
      log.record(mask(input.text), summary.outOfScope ? 'outOfScope' : 'lowConfidence');
    } catch {
      // Counting is a side line: a text it cannot mask is not counted, and the turn goes on.
    }
  };
}
