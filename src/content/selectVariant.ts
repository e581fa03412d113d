import { Condition } from './dialogSchema';
import type { Mood } from '../vocabulary/moods';
import type { Stage } from '../vocabulary/stages';
import type { TimeOfDay } from '../vocabulary/timesOfDay';
import { Variant } from './content';
import { Random } from '../util/random';

/** What variant conditions are checked against. */
export interface VariantFacts {
  stage: Stage;
  timeOfDay: TimeOfDay;
  mood: Mood;
  channel: string;
  /** Placeholder values that are known (non-empty). */
  known: ReadonlySet<string>;
}

export interface Selection {
  variant: Variant;
  /** The conditions of the chosen variant that matched, for /why. */
  matched: string[];
}

/**
 * The most specific variant whose conditions all hold; among equally specific ones a random one,
 * but not the one this person got last time when there is another.
 */
export function selectVariant(variants: readonly Variant[], facts: VariantFacts, recent: ReadonlySet<string>, random: Random): Selection {
  const matching = variants.filter((variant) => holds(variant.when, facts));
  const pool = matching.length > 0 ? matching : variants;
  const best = Math.max(...pool.map(specificity));
  const mostSpecific = pool.filter((variant) => specificity(variant) === best);
  const fresh = mostSpecific.filter((variant) => !recent.has(variant.id));
  const choices = fresh.length > 0 ? fresh : mostSpecific;
  const variant = choices[Math.min(choices.length - 1, Math.floor(random() * choices.length))];
  return { variant, matched: describe(variant.when, facts) };
}

/** One point per condition, and one per value a variant needs to know (name and pet > name alone). */
function specificity(variant: Variant): number {
  const { known, ...others } = variant.when;
  return Object.values(others).filter((value) => value !== undefined).length + (known?.length ?? 0);
}

function holds(when: Condition, facts: VariantFacts): boolean {
  return (
    includes(when.stage, facts.stage) &&
    includes(when.timeOfDay, facts.timeOfDay) &&
    includes(when.mood, facts.mood) &&
    includes(when.channel, facts.channel) &&
    (when.known ?? []).every((name) => facts.known.has(name))
  );
}

function includes<T>(allowed: T | T[] | undefined, actual: T): boolean {
  if (allowed === undefined) return true;
  return Array.isArray(allowed) ? allowed.includes(actual) : allowed === actual;
}

/** The conditions of a variant as `name=value`: the value that held ("stage=returning" for `stage: [new, returning]`), and every value `known` needed. */
function describe(when: Condition, facts: VariantFacts): string[] {
  return Object.entries(when)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => {
      if (name === 'known' || !Object.hasOwn(facts, name) || !Array.isArray(value)) return `${name}=${Array.isArray(value) ? value.join('|') : String(value)}`;
      return `${name}=${String(facts[name as keyof VariantFacts])}`;
    });
}
