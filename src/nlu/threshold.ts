/** A held-out in-domain text: the calibrated top score it got and whether that top intent was right. */
export interface HeldOutScore {
  score: number;
  correct: boolean;
}

/** Held-out evidence for the `none` threshold. */
export interface ThresholdEvidence {
  inDomain: HeldOutScore[];
  /** Top scores of held-out texts that fit no known intent (left-out intents, out-of-scope examples). */
  outOfScope: number[];
  /** Most in-domain texts the threshold may wrongly reject, as a share of the ones answered right. */
  maxFalseRejection: number;
  /** Never accept below this score (e.g. what random strings get). */
  floor: number;
}

/**
 * Out-of-scope rejection must not cost in-scope accuracy, so the threshold is bounded by the
 * in-domain texts it would wrongly reject; under that bound it maximizes (in-domain texts accepted
 * and right) + (out-of-scope texts rejected), each as a share. Rejecting a text the model got
 * wrong anyway costs nothing, so that bound counts only right answers.
 */
export function chooseThreshold(evidence: ThresholdEvidence): number {
  const right = evidence.inDomain.filter((item) => item.correct).map((item) => item.score).sort((a, b) => a - b);
  const outOfScope = [...evidence.outOfScope].sort((a, b) => a - b);
  const allowed = Math.floor(evidence.maxFalseRejection * right.length);
  // The highest threshold that rejects at most `allowed` right answers: just above the allowed-th lowest.
  const ceiling = right.length === 0 ? evidence.floor : right[Math.min(allowed, right.length - 1)];
  if (outOfScope.length === 0) return Math.max(ceiling, evidence.floor);
  const candidates = [...new Set([...right, ...outOfScope.map((score) => score + 1e-9)])].filter((t) => t <= ceiling).sort((a, b) => a - b);
  let best = { threshold: ceiling, value: -Infinity };
  const below = (sorted: number[], t: number): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (sorted[mid] < t) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  for (const threshold of [...candidates, ceiling]) {
    const value = (right.length - below(right, threshold)) / Math.max(1, evidence.inDomain.length) + below(outOfScope, threshold) / outOfScope.length;
    if (value > best.value) best = { threshold, value };
  }
  return Math.max(best.threshold, evidence.floor);
}
