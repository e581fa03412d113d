import type { ErasingHook, SavedHook } from '../profile/profileRepository';
import { profileKey } from '../profile/profileKey';
import { Clock } from '../util/clock';
import { nextDue } from './nextDue';
import { NotifyIndex } from './notifyIndex';
import { NotifyPolicy, reachable } from './notifyPolicy';

/**
 * The one thing push messages need after every save: the user's entry in the notification index
 * (present while they opted in and can be reached, with their next due time). createRapport.ts registers
 * these on the profile repository. The index write comes second, so a crash in between leaves it stale:
 * the user's next save repairs it, and the scheduler drops entries whose profile no longer wants messages.
 */
export function followProfiles(index: NotifyIndex, policy: NotifyPolicy, clock: Clock): { saved: SavedHook; erasing: ErasingHook } {
  return {
    saved: async (saved, before) => {
      const { channelId, userId } = saved;
      const key = profileKey(channelId, userId);
      if (reachable(saved)) {
        // Only ever moves the due time earlier: the scheduler moves it later once it has looked.
        await index.put(key, { channelId, userId, due: nextDue(saved, clock.now(), policy) }, true);
      } else if (reachable(before) || saved.notify.enabled) {
        await index.remove(key);
      }
    },
    erasing: (channelId, userId) => index.erase(profileKey(channelId, userId)),
  };
}
