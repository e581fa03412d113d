import type { MemoryReading, StatedFact } from '../../personalization/memory/readMemory';
import type { ChangeOfMind } from '../../personalization/memory/readSwitches';
import type { Fact, UserProfile } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';
import { memoryLexicon, type MemoryLexicon } from '../../personalization/memory/factKinds';

/**
 * A change of mind across messages, read against what is kept: what is given up goes ("I gave up German"
 * after "I'm learning German"), and what is said in its place is kept as the same kind ("switched to
 * Portuguese", "now I am a fan of Marseille" after "I don't support PSG anymore"). With nothing given up, a
 * value said in place of another takes the place of a kept one of its WordNet category ("I've come to prefer
 * peonies" after "my favourite flower is tulips").
 */
export function withChangeOfMind(said: MemoryReading, change: ChangeOfMind, profile: UserProfile, deps: TurnDependencies): MemoryReading {
  const reading = withoutChangeWords(said, memoryLexicon(deps.content));
  const facts = profile.memory.facts;
  // "i drive a Seat Ibiza. actually sold it, i ride a Vespa now": what is sold is what the message said first.
  const saidFirst = change.itSaidHere === true ? reading.facts[0] : undefined;
  if (saidFirst) {
    const rest = { ...reading, facts: reading.facts.slice(1), setRightHere: [...(reading.setRightHere ?? []), saidFirst.value] };
    return withChangeOfMind(rest, { ...change, givenUp: change.givenUp.filter((said) => said !== 'it'), itSaidHere: false }, profile, deps);
  }
  const pointsBack = change.endsLast || change.givenUp.includes('it');
  const ended = [...new Set([...change.givenUp.flatMap((said) => factsNamed(facts, said)), ...(pointsBack ? lastTold(facts) : [])])];
  const removedKind = reading.removals.find((removal) => deps.content.facts.has(removal.kind))?.kind;
  const kind = ended.at(-1)?.key ?? removedKind;
  // "I gave up German" is no food given up when German is what one was learning.
  const givenUp = (fact: StatedFact) => ended.length > 0 && change.givenUp.some((said) => same(fact.value, said));
  if (!kind && change.instead.some((value) => facts.some((fact) => avoids(fact, value, deps)))) return withAvoidedEaten(reading, change.instead, facts, deps);
  if (!kind) return change.instead.length > 0 ? inPlaceOfSameCategory(reading, change.instead, facts, deps) : reading;
  // "now I am a fan of Marseille": a fact the message states beside "now" stands in too.
  // Not what is no longer so itself ("I'm no longer pescatarian, I eat steak now" keeps a former diet).
  const noLonger = (fact: StatedFact) => reading.removals.some((removal) => removal.value !== undefined && same(removal.value, fact.value));
  const marked = change.marked && change.instead.length === 0 && (ended.length > 0 || removedKind !== undefined) ? reading.facts.filter((fact) => fact.kind !== kind && !givenUp(fact) && !noLonger(fact)).map((fact) => fact.value) : [];
  const instead = [...change.instead, ...marked];
  if (instead.length === 0 && ended.length === 0) return reading;
  const detail = ended.at(-1)?.detail;
  const stated = instead.map((value): StatedFact => ({ kind, value, ...(detail ? { detail } : {}) }));
  return {
    ...reading,
    facts: [...reading.facts.filter((fact) => !givenUp(fact) && !instead.some((value) => same(fact.value, value))), ...stated],
    removals: [...reading.removals, ...ended.map((fact) => ({ kind: fact.key, value: fact.value }))],
  };
}

/**
 * "Car: sold the Swift, now Nexon": a value read with the words that say it changed is no value as read; one that
 * opens with what gives it up (`memoryGiveUps`) is not kept, one that opens with a word that says it holds now
 * (`memorySwitchMarkers`) is kept without it.
 */
function withoutChangeWords(reading: MemoryReading, lexicon: MemoryLexicon): MemoryReading {
  const opensWith = (value: string, phrases: readonly (readonly string[])[]) => {
    const words = value.toLowerCase().split(/\s+/);
    const phrase = phrases.find((each) => each.length < words.length && each.every((word, i) => words[i] === word));
    return phrase?.length ?? 0;
  };
  if (!reading.facts.some((fact) => opensWith(fact.value, lexicon.giveUps) > 0 || opensWith(fact.value, lexicon.switchMarkers) > 0)) return reading;
  const given = reading.facts.filter((fact) => opensWith(fact.value, lexicon.giveUps) > 0);
  const facts = reading.facts.filter((fact) => !given.includes(fact)).map((fact) => {
    const marker = opensWith(fact.value, lexicon.switchMarkers);
    return marker > 0 ? { ...fact, value: fact.value.split(/\s+/).slice(marker).join(' ') } : fact;
  });
  return { ...reading, facts, setRightHere: [...(reading.setRightHere ?? []), ...given.map((fact) => fact.value)] };
}

/** Whether a kept fact's value leaves out what is said (`avoidWords`: a vegetarian, meat). */
function avoids(fact: Fact, value: string, deps: TurnDependencies): boolean {
  const avoided = deps.content.facts.get(fact.key)?.avoidWords?.[fact.value.toLowerCase()] ?? [];
  return avoided.includes(value.toLowerCase());
}

/**
 * "I'm eating meat again" after "I've been vegetarian": a kept value that leaves out what is now eaten is no
 * longer so, and is kept as what one used to be (`memoryFormerKinds`); what is eaten is no value of its own.
 */
function withAvoidedEaten(reading: MemoryReading, eaten: readonly string[], facts: readonly Fact[], deps: TurnDependencies): MemoryReading {
  const ended = facts.filter((fact) => eaten.some((value) => avoids(fact, value, deps)));
  const formerKinds = memoryLexicon(deps.content).formerKinds;
  const former = ended.flatMap((fact): StatedFact[] => {
    const kind = formerKinds.get(fact.key);
    return kind ? [{ kind, value: fact.value }] : [];
  });
  return {
    ...reading,
    facts: [...reading.facts.filter((fact) => !eaten.some((value) => same(fact.value, value))), ...former],
    removals: [...reading.removals, ...ended.map((fact) => ({ kind: fact.key, value: fact.value }))],
  };
}

/** "peonies" after "tulips": the kept fact of the value's WordNet category takes the new value. */
function inPlaceOfSameCategory(reading: MemoryReading, instead: readonly string[], facts: readonly Fact[], deps: TurnDependencies): MemoryReading {
  const replaced: Fact[] = [];
  const stated: StatedFact[] = [];
  for (const value of instead) {
    const categories = new Set(deps.categoriesOf(value));
    if (categories.size === 0) continue;
    // Of the category, or kept as one ("tulips" kept as the favourite flower, which WordNet files elsewhere).
    const ofIt = (fact: Fact) => (fact.detail !== undefined && categories.has(fact.detail.toLowerCase())) || deps.categoriesOf(fact.value).some((category) => categories.has(category));
    const kept = [...facts].reverse().find((fact) => !same(fact.value, value) && ofIt(fact));
    if (!kept) continue;
    replaced.push(kept);
    stated.push({ kind: kept.key, value, ...(kept.detail ? { detail: kept.detail } : {}) });
  }
  if (stated.length === 0) return reading;
  return {
    ...reading,
    facts: [...reading.facts.filter((fact) => !stated.some((one) => same(one.value, fact.value))), ...stated],
    removals: [...reading.removals, ...replaced.map((fact) => ({ kind: fact.key, value: fact.value }))],
  };
}

/** The kept facts a value said names: "German", "the bookshop" for "bookshop in Valencia". */
function factsNamed(facts: readonly Fact[], said: string): Fact[] {
  const words = said.toLowerCase().split(/\s+/);
  return facts.filter((fact) => {
    const value = fact.value.toLowerCase().split(/[\s,]+/);
    return same(fact.value, said) || words.every((word) => value.includes(word));
  });
}

/** The facts told last ("not anymore, sold it" after "I drive a Saab"). */
function lastTold(facts: readonly Fact[]): Fact[] {
  const latest = facts.reduce((max, fact) => (fact.learnedAt > max ? fact.learnedAt : max), '');
  return facts.filter((fact) => fact.learnedAt === latest);
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
