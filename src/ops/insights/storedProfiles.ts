import { setImmediate as nextTick } from 'node:timers/promises';
import type { ScanStorage } from '../../storage/scanStorage';
import { newNotifySettings, type UserProfile } from '../../profile/userProfile';

/** Profile keys are `users/<channel>/<user>` (profile/profileKey.ts). */
const PREFIX = 'users/';

/** The parts of a profile the insights read. */
export type ProfileView = Pick<UserProfile, 'lifecycle' | 'learned' | 'notify'> & { memory: Pick<UserProfile['memory'], 'turns' | 'seenItems'> };

const EMPTY_NOTIFY = newNotifySettings();
/**
 * Profiles between two yields to the event loop: a store in memory answers the scan in microtasks only,
 * which would hold every turn until the whole pass is done.
 */
const YIELD_EVERY = 500;

/**
 * Every stored profile as the insights read it: only those parts, with what an older profile lacks
 * filled in. Not upgradeProfile, which builds a whole fresh profile per record: at 100k profiles that
 * copy was most of the pass. Records that are not profiles are skipped.
 */
export async function* storedProfiles(storage: ScanStorage): AsyncIterable<ProfileView> {
  let read = 0;
  for await (const [key, value] of storage.scan(PREFIX)) {
    if (++read % YIELD_EVERY === 0) await nextTick();
    const profile = value.profile;
    if (!key.startsWith(PREFIX) || !profile || typeof profile !== 'object' || Array.isArray(profile)) continue;
    const stored = profile as Partial<UserProfile>;
    yield {
      lifecycle: { turnCount: 0, sessionCount: 0, ...stored.lifecycle },
      learned: { interests: {}, ...stored.learned },
      notify: { ...EMPTY_NOTIFY, ...stored.notify },
      memory: { turns: arrayOr(stored.memory?.turns), seenItems: arrayOr(stored.memory?.seenItems) },
    };
  }
}

function arrayOr<T>(value: T[] | undefined): T[] {
  return Array.isArray(value) ? value : [];
}
