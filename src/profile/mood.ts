/** How much the newest message counts against the recent past. */
const MOOD_WEIGHT = 0.5;
/** A mood fades toward neutral: it halves after this much silence. */
const MOOD_HALF_LIFE_MS = 60 * 60 * 1000;

/** The mood after one more message: an exponential moving average that fades with time. */
export function nextMood(previous: number | undefined, previousAt: string | undefined, sentiment: number, at: string): number {
  const gap = previousAt ? Math.max(0, Date.parse(at) - Date.parse(previousAt)) : Number.POSITIVE_INFINITY;
  const faded = (previous ?? 0) * Math.pow(0.5, gap / MOOD_HALF_LIFE_MS);
  return Math.round(((1 - MOOD_WEIGHT) * faded + MOOD_WEIGHT * sentiment) * 1000) / 1000;
}
