import type { LatestValue } from '../../personalization/memory/readLatest';
import type { Rename } from '../../personalization/memory/readRenames';
import type { MemoryLexicon } from '../../personalization/memory/factKinds';
import { learningActive, type Fact, type UserProfile } from '../../profile/userProfile';

/** Pronouns that point at a pet, not at one of the people in one's life (`memoryPeople`). */
const THING_POINTERS = new Set(['it', 'its']);

/**
 * A new name against what is kept: "we renamed him Ziggy" after "we have a cat called Tiger" sets the cat's name
 * right, as the latest value wins ("Tiger" → "Ziggy" in every fact and note). The one renamed is the kept name
 * the message names, else the latest kept of the noun it says ("the cat"), else the latest name kept of one told
 * of (a pet for "it"). With no kept name to take the place of, nothing changes.
 */
export function renamedValues(renames: readonly Rename[], profile: UserProfile, lexicon: MemoryLexicon): LatestValue[] {
  if (!learningActive(profile)) return [];
  const named = profile.memory.facts.filter((fact) => lexicon.kinds.get(fact.key)?.definition.value === 'name');
  const latestFirst = [...named].sort((a, b) => b.learnedAt.localeCompare(a.learnedAt));
  const found: LatestValue[] = [];
  for (const rename of renames) {
    const old = keptOf(rename, latestFirst, profile, lexicon);
    if (old && old.toLowerCase() !== rename.value.toLowerCase()) found.push({ value: rename.value, not: old });
  }
  return found;
}

function keptOf(rename: Rename, latestFirst: readonly Fact[], profile: UserProfile, lexicon: MemoryLexicon): string | undefined {
  const { who } = rename;
  if ('name' in who) {
    const same = (name: string) => name.toLowerCase() === who.name.toLowerCase();
    const kept = latestFirst.find((fact) => same(fact.value)) ?? (profile.memory.aboutOthers ?? []).find((fact) => fact.about.name !== undefined && same(fact.about.name));
    return kept ? who.name : undefined;
  }
  if ('kind' in who) return latestFirst.find((fact) => fact.key === who.kind && (fact.detail === undefined || fact.detail.toLowerCase() === who.detail.toLowerCase()))?.value;
  return (THING_POINTERS.has(who.pronoun) ? latestFirst.find((fact) => !lexicon.people.has(fact.key)) : undefined)?.value ?? latestFirst[0]?.value;
}
