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
    memory: { ...fresh.memory, ...record.memory },
    onboarding: { ...fresh.onboarding, ...record.onboarding },
  };
}
