import { Tone, TONES } from '../vocabulary/tones';

/** How quickly old style evidence fades: each message keeps this share of the previous scores. */
const STYLE_MEMORY = 0.85;

/** Decays old evidence and adds this message's. */
export function updateStyle(previous: Partial<Record<Tone, number>> | undefined, signals: Partial<Record<Tone, number>>): Partial<Record<Tone, number>> {
  const next: Partial<Record<Tone, number>> = {};
  for (const tone of TONES) {
    const value = (previous?.[tone] ?? 0) * STYLE_MEMORY + (signals[tone] ?? 0);
    if (value > 0.01) next[tone] = Math.round(value * 1000) / 1000;
  }
  return next;
}
