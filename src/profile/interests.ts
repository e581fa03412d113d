/** Interests fade: a topic's weight halves after this many days without new evidence. */
export const INTEREST_HALF_LIFE_DAYS = 21;
/** Weights below this are dropped so the profile does not collect dust. */
const FORGET_BELOW = 0.05;
const MAX_WEIGHT = 10;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Weights as they stand at `at`, after decay since `since`. Returns a new object. */
export function decayedInterests(interests: Readonly<Record<string, number>>, since: string | undefined, at: string): Record<string, number> {
  const days = since ? Math.max(0, (Date.parse(at) - Date.parse(since)) / DAY_MS) : 0;
  const factor = Math.pow(0.5, days / INTEREST_HALF_LIFE_DAYS);
  const result: Record<string, number> = {};
  for (const [topic, weight] of Object.entries(interests)) {
    const decayed = round(weight * factor);
    if (Math.abs(decayed) >= FORGET_BELOW) result[topic] = decayed;
  }
  return result;
}

/** Decays, then adds this turn's evidence (negative for "not interested"). */
export function adjustInterests(
  interests: Readonly<Record<string, number>>,
  since: string | undefined,
  at: string,
  deltas: ReadonlyArray<readonly [string, number]>,
): Record<string, number> {
  const result = decayedInterests(interests, since, at);
  for (const [topic, delta] of deltas) {
    const current = Object.hasOwn(result, topic) ? result[topic] : 0;
    const next = round(Math.max(-MAX_WEIGHT, Math.min(MAX_WEIGHT, current + delta)));
    if (Math.abs(next) >= FORGET_BELOW) result[topic] = next;
    else delete result[topic];
  }
  return result;
}

/** Topics ranked by weight, strongest first, positive only. */
export function topInterests(interests: Readonly<Record<string, number>>, limit = 3): Array<[string, number]> {
  return Object.entries(interests)
    .filter(([, weight]) => weight > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
