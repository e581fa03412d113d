import type { VariantFacts } from '../content/selectVariant';
import type { Mood } from '../vocabulary/moods';
import { lifecycleStage } from '../profile/lifecycle';
import { displayName, learningActive, timeZoneOf, UserProfile } from '../profile/userProfile';
import type { Tone, ToneSource } from '../vocabulary/tones';
import { localHour } from '../util/localTime';
import { timeOfDay } from '../vocabulary/timesOfDay';
import { learnedTone } from './style';

/** Everything the composer needs to tailor a reply to this person right now. */
export interface ReplyContext extends VariantFacts {
  tone: Tone;
  toneSource: ToneSource;
  timeZone: string;
  /** Placeholder values from the profile: name, city, remembered facts. */
  values: Record<string, string>;
  /** Variant ids this person got in the last turn, not to be repeated. */
  recentVariants: ReadonlySet<string>;
}

export interface ContextOptions {
  lapsedAfterMs: number;
  defaultTimeZone: string;
}

/** Below this mood score a person reads as frustrated; above the other as positive. */
export const FRUSTRATED_BELOW = -0.25;
export const POSITIVE_ABOVE = 0.3;

export function moodOf(profile: UserProfile): Mood {
  const score = learningActive(profile) ? (profile.learned.mood ?? 0) : 0;
  if (score < FRUSTRATED_BELOW) return 'frustrated';
  return score > POSITIVE_ABOVE ? 'positive' : 'neutral';
}

/** Explicit choice wins; then a frustrated mood asks for short, careful replies; then the learned style. */
export function chooseTone(profile: UserProfile, mood: Mood): { tone: Tone; source: ToneSource } {
  if (profile.explicit.tone) return { tone: profile.explicit.tone, source: 'explicit' };
  if (mood === 'frustrated') return { tone: 'concise', source: 'mood' };
  const learned = learningActive(profile) ? learnedTone(profile.learned.style) : undefined;
  return learned ? { tone: learned, source: 'learned' } : { tone: 'friendly', source: 'default' };
}

export function profileValues(profile: UserProfile): Record<string, string> {
  const values: Record<string, string> = {};
  const name = displayName(profile);
  if (name) values.name = name;
  if (learningActive(profile)) {
    if (profile.learned.city) values.city = profile.learned.city;
    // The latest fact of each kind: {{pet}} is a pet's name, {{petKind}} the animal.
    for (const fact of profile.memory.facts) {
      values[fact.key] = fact.value;
      if (fact.detail) values[`${fact.key}Kind`] = fact.detail;
    }
  }
  return values;
}

/**
 * `before` is the profile as loaded; `after` is the same with this turn's changes applied, so a reply
 * already reflects what the user just said ("be more formal", an angry message, a new city). The stage
 * and the variants to avoid come from before the turn. In a `shared` conversation (others read it) only
 * the name is used: a reply must not tell the group where someone lives or what their dog is called.
 */
export function buildReplyContext(before: UserProfile, after: UserProfile, now: Date, channel: string, options: ContextOptions, shared = false): ReplyContext {
  const profile = after;
  const mood = moodOf(profile);
  const { tone, source } = chooseTone(profile, mood);
  const timeZone = timeZoneOf(profile, options.defaultTimeZone);
  const personal = profileValues(profile);
  const values = shared ? (personal.name ? { name: personal.name } : {}) : personal;
  const lastTurn = before.memory.turns.at(-1);
  return {
    tone,
    toneSource: source,
    timeZone,
    stage: lifecycleStage(before, now, options),
    timeOfDay: timeOfDay(localHour(now, timeZone)),
    mood,
    channel,
    known: new Set(Object.keys(values)),
    values,
    recentVariants: new Set(lastTurn?.variants ?? []),
  };
}
