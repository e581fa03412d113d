import { memoryLexicon } from '../../personalization/memory/factKinds';
import type { FactTarget, StatedFact } from '../../personalization/memory/readMemory';
import type { ProfileChange } from '../../profile/profileChanges';
import type { UserProfile } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';

/** "a vegetarian" is "vegetarian". */
const plain = (value: string) => value.toLowerCase().replace(/^an?\s+/, '').trim();

/**
 * "ok fully vegetarian now" after "I'm pescatarian": of the values a kind holds one at a time (`oneAtATime`), a new
 * one takes the place of those kept, which are kept as what one used to be (`memoryFormerKinds`), when there is such a kind.
 * Not those the message sets right (`removed`: "well, pescatarian technically" after "I'm a vegetarian"): they never were.
 */
export function inPlaceOfOneAtATime(fact: StatedFact, removed: readonly FactTarget[], profile: UserProfile, deps: TurnDependencies, at: string): ProfileChange[] {
  const exclusive = new Set((deps.content.facts.get(fact.kind)?.oneAtATime ?? []).map(plain));
  if (!exclusive.has(plain(fact.value))) return [];
  const former = memoryLexicon(deps.content).formerKinds.get(fact.kind);
  const formerKind = former ? deps.content.facts.get(former) : undefined;
  const setRight = (value: string) => removed.some((target) => target.kind === fact.kind && target.value !== undefined && plain(target.value) === plain(value));
  const replaced = profile.memory.facts.filter((kept) => kept.key === fact.kind && exclusive.has(plain(kept.value)) && plain(kept.value) !== plain(fact.value) && !setRight(kept.value));
  return replaced.flatMap((kept): ProfileChange[] => [
    { type: 'removeFact', key: kept.key, value: kept.value },
    ...(former && formerKind ? [{ type: 'rememberFact', key: former, value: kept.value, many: formerKind.many, at } as const] : []),
  ]);
}
