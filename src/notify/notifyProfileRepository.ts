import type { Storage } from 'botbuilder';
import { ProfileChange } from '../profile/profileChanges';
import { profileKey } from '../profile/profileKey';
import { LoadedProfile, ProfileRepository } from '../profile/profileRepository';
import { UserProfile } from '../profile/userProfile';
import { Clock } from '../util/clock';
import { KeyedMutex } from '../util/keyedMutex';
import { nextDue } from './nextDue';
import { NotifyIndex } from './notifyIndex';
import { NotifyPolicy, reachable } from './notifyPolicy';

/**
 * The profile repository, plus the one thing push messages need after every save: the user's entry in
 * the notification index (present while they opted in and can be reached, with their next due time).
 * Profile writes keep their single owner; the index follows them. The index write comes second, so a
 * crash in between leaves it stale: the user's next save repairs it, and the scheduler drops entries
 * whose profile no longer wants messages.
 *
 * Saves and erases of one user run one at a time here, so a scheduler's claim cannot interleave with a
 * /forget in this process (which could otherwise write an erased profile back).
 */
export class NotifyProfileRepository extends ProfileRepository {
  private readonly perUser = new KeyedMutex();

  constructor(
    storage: Storage,
    readonly index: NotifyIndex,
    private readonly policy: NotifyPolicy,
    private readonly clock: Clock,
  ) {
    super(storage);
  }

  override save(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    const { channelId, userId } = loaded.profile;
    return this.perUser.run(profileKey(channelId, userId), () => this.saveAndIndex(loaded, changes));
  }

  override erase(channelId: string, userId: string): Promise<void> {
    return this.perUser.run(profileKey(channelId, userId), async () => {
      await this.index.remove(profileKey(channelId, userId));
      await super.erase(channelId, userId);
    });
  }

  /** Runs `task` while no save or erase of this user runs here: the scheduler's load, decide and claim. */
  exclusive<T>(channelId: string, userId: string, task: (profiles: ProfileAccess) => Promise<T>): Promise<T> {
    return this.perUser.run(profileKey(channelId, userId), () => task({ load: () => this.load(channelId, userId), save: (loaded, changes) => this.saveAndIndex(loaded, changes) }));
  }

  private async saveAndIndex(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    const { channelId, userId } = loaded.profile;
    const key = profileKey(channelId, userId);
    const saved = await super.save(loaded, changes);
    if (reachable(saved)) {
      // Only ever moves the due time earlier: the scheduler moves it later once it has looked.
      await this.index.put(key, { channelId, userId, due: nextDue(saved, this.clock.now(), this.policy) }, true);
    } else if (reachable(loaded.profile) || saved.notify.enabled) {
      await this.index.remove(key);
    }
    return saved;
  }
}

/** Load and save of one user, inside `exclusive`. */
export interface ProfileAccess {
  load(): Promise<LoadedProfile>;
  save(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile>;
}
