import type { Storage } from 'botbuilder';
import { isEtagConflict } from '../storage/etagConflict';
import { CodedError } from '../util/codedError';
import { ProfileChange, applyChanges } from './profileChanges';
import { profileKey } from './profileKey';
import { UserProfile, newProfile } from './userProfile';
import { upgradeProfile } from './upgradeProfile';

export interface LoadedProfile {
  profile: UserProfile;
  /** The eTag read with the profile; undefined for a user the store has never seen. */
  eTag?: string;
}

const MAX_SAVE_ATTEMPTS = 8;

/**
 * The single owner of profile reads and writes. A save writes with the eTag it read; when another
 * writer got there first it reloads and re-applies the same changes instead of overwriting theirs.
 */
export class ProfileRepository {
  constructor(private readonly storage: Storage) {}

  async load(channelId: string, userId: string): Promise<LoadedProfile> {
    const key = profileKey(channelId, userId);
    const items = await this.storage.read([key]);
    const item = items[key] as { profile?: unknown; eTag?: string } | undefined;
    if (!item) return { profile: newProfile(channelId, userId) };
    return { profile: upgradeProfile(item.profile, channelId, userId), eTag: item.eTag };
  }

  async save(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    const { channelId, userId } = loaded.profile;
    const key = profileKey(channelId, userId);
    let current = loaded;
    for (let attempt = 1; ; attempt++) {
      const next = applyChanges(structuredClone(current.profile), changes);
      try {
        await this.storage.write({ [key]: { profile: next, eTag: current.eTag ?? '*' } });
        return next;
      } catch (err) {
        if (!isEtagConflict(err)) throw err;
        if (attempt >= MAX_SAVE_ATTEMPTS) {
          throw new CodedError('PROFILE_CONFLICT', `Gave up saving ${key} after ${attempt} eTag conflicts`, { cause: err });
        }
        current = await this.load(channelId, userId);
      }
    }
  }

  async erase(channelId: string, userId: string): Promise<void> {
    await this.storage.delete([profileKey(channelId, userId)]);
    // A journaled store (FileStorage) still holds the user's earlier writes on disk until it compacts:
    // compact now, so an erased user leaves no trace in the files.
    if (hasFlush(this.storage)) await this.storage.flush();
  }
}

function hasFlush(storage: Storage): storage is Storage & { flush(): Promise<void> } {
  return 'flush' in storage && typeof storage.flush === 'function';
}
