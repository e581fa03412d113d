import { CodedError } from '../util/codedError';
import { UserProfile, newProfile } from './userProfile';

/**
 * Stored profiles come from disk and may predate a field: fill what is missing from a fresh profile
 * rather than trusting the shape. Anything that is not an object is a corrupt record.
 */
export function upgradeProfile(stored: unknown, channelId: string, userId: string): UserProfile {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) {
    throw new CodedError('PROFILE_CORRUPT', `The stored profile of ${channelId}/${userId} is not an object`);
  }
  const fresh = newProfile(channelId, userId);
  const record = stored as Partial<UserProfile>;
  return {
    ...fresh,
    ...record,
    channelId,
    userId,
    explicit: { ...fresh.explicit, ...record.explicit },
    learned: { ...fresh.learned, ...record.learned },
    lifecycle: { ...fresh.lifecycle, ...record.lifecycle },
    memory: upgradeMemory({ ...fresh.memory, ...record.memory }),
    onboarding: { ...fresh.onboarding, ...record.onboarding },
  };
}

/** Pets were once two facts (`pet` "dog", `petName` "Rex"); now one: `pet` "Rex" with detail "dog". */
function upgradeMemory(memory: UserProfile['memory']): UserProfile['memory'] {
  if (!Array.isArray(memory.facts) || !memory.facts.some((fact) => fact.key === 'petName')) return memory;
  const kind = memory.facts.find((fact) => fact.key === 'pet' && fact.detail === undefined)?.value;
  const facts = memory.facts
    .filter((fact) => !(fact.key === 'pet' && fact.detail === undefined))
    .map((fact) => (fact.key === 'petName' ? { key: 'pet', value: fact.value, ...(kind ? { detail: kind } : {}), learnedAt: fact.learnedAt } : fact));
  return { ...memory, facts };
}
