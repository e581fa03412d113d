import { forgetsHistory } from '../storage/forgetsHistory';
import type { Storage } from '../storage/storage';
import { writeItem } from '../storage/creatableStorage';
import { setTimeout as sleep } from 'node:timers/promises';
import { conflictBackoffMs, isEtagConflict, MAX_CONFLICT_ATTEMPTS } from '../storage/etagConflict';
import { Random, systemRandom } from '../util/random';
import { CodedError } from '../util/codedError';
import { KeyedMutex } from '../util/keyedMutex';
import { ProfileChange, applyChanges } from './profileChanges';
import { profileKey } from './profileKey';
import { UserProfile, newProfile } from './userProfile';
import { upgradeProfile } from './upgradeProfile';

export interface LoadedProfile {
  profile: UserProfile;
  /** The eTag read with the profile; undefined for a user the store has never seen. */
  eTag?: string;
}

/** Runs after every save with the profile as saved and as it was loaded (e.g. the push index follows it). */
export type SavedHook = (saved: UserProfile, before: UserProfile) => Promise<void>;
/** Runs before a user's profile is erased. */
export type ErasingHook = (channelId: string, userId: string) => Promise<void>;
/** Runs once a user's profile is erased. */
export type ErasedHook = (channelId: string, userId: string) => void | Promise<void>;

/** Load, save and erase of one user, inside `exclusive`: nothing else in this process touches them meanwhile. */
export interface ProfileAccess {
  load(): Promise<LoadedProfile>;
  save(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile>;
  erase(): Promise<void>;
}

/**
 * The single owner of profile reads and writes. A save writes with the eTag it read (a new user is
 * created only if still absent); when another writer got there first, in this process or another
 * instance on the same database, it waits a jittered moment, reloads and re-applies the same changes
 * instead of overwriting theirs (at most MAX_CONFLICT_ATTEMPTS times). Turns of one user on several
 * instances are serialized by this, not by a lock: no update is lost, none is applied twice.
 *
 * What must happen on every save or erase (the push index) is registered with `onSaved`/`onErasing`
 * where the app is wired (createRapport.ts), not hidden in a subclass. Work on one user (a turn, a
 * scheduler's claim, a broadcast) runs in `exclusive`, one at a time per user in this process: one lock
 * per user per turn.
 */
export class ProfileRepository {
  private readonly perUser = new KeyedMutex();
  private readonly savedHooks: SavedHook[] = [];
  private readonly erasingHooks: ErasingHook[] = [];
  private readonly erasedHooks: ErasedHook[] = [];
  private readonly retryHooks: Array<() => void> = [];

  constructor(
    private readonly storage: Storage,
    /** Jitter of the pause before a save retried after an eTag conflict. */
    private readonly random: Random = systemRandom,
  ) {}

  onSaved(hook: SavedHook): void {
    this.savedHooks.push(hook);
  }

  onErasing(hook: ErasingHook): void {
    this.erasingHooks.push(hook);
  }

  /** After each erase, so what is kept outside the store (a chat transcript) goes too. */
  onErased(hook: ErasedHook): void {
    this.erasedHooks.push(hook);
  }

  /** After each eTag conflict on a save that is then tried again (metrics). */
  onSaveRetried(hook: () => void): void {
    this.retryHooks.push(hook);
  }

  async load(channelId: string, userId: string): Promise<LoadedProfile> {
    const key = profileKey(channelId, userId);
    const items = await this.storage.read([key]);
    const item = items[key] as { profile?: unknown; eTag?: string } | undefined;
    if (!item) return { profile: newProfile(channelId, userId) };
    return { profile: upgradeProfile(item.profile, channelId, userId), eTag: item.eTag };
  }

  /** Runs `task` while no other `exclusive` task (or save, or erase) of this user runs in this process. */
  exclusive<T>(channelId: string, userId: string, task: (access: ProfileAccess) => Promise<T>): Promise<T> {
    return this.perUser.run(profileKey(channelId, userId), () =>
      task({
        load: () => this.load(channelId, userId),
        save: (loaded, changes) => this.write(loaded, changes),
        erase: () => this.remove(channelId, userId),
      }),
    );
  }

  save(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    return this.exclusive(loaded.profile.channelId, loaded.profile.userId, (access) => access.save(loaded, changes));
  }

  erase(channelId: string, userId: string): Promise<void> {
    return this.exclusive(channelId, userId, (access) => access.erase());
  }

  private async write(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    const saved = await this.writeChanges(loaded, changes);
    for (const hook of this.savedHooks) await hook(saved, loaded.profile);
    return saved;
  }

  private async writeChanges(loaded: LoadedProfile, changes: readonly ProfileChange[]): Promise<UserProfile> {
    const { channelId, userId } = loaded.profile;
    const key = profileKey(channelId, userId);
    let current = loaded;
    for (let attempt = 1; ; attempt++) {
      const next = applyChanges(structuredClone(current.profile), changes);
      try {
        await writeItem(this.storage, key, { profile: next }, current.eTag);
        return next;
      } catch (err) {
        if (!isEtagConflict(err)) throw err;
        if (attempt >= MAX_CONFLICT_ATTEMPTS) {
          throw new CodedError('PROFILE_CONFLICT', `Gave up saving ${key} after ${attempt} eTag conflicts`, { cause: err });
        }
        for (const hook of this.retryHooks) hook();
        // Another instance saved this user meanwhile: wait a little (jittered), then re-apply onto what it saved.
        await sleep(conflictBackoffMs(attempt, this.random));
        current = await this.load(channelId, userId);
      }
    }
  }

  /**
   * Overwrites the earlier versions of this user's profile that a journaled store still keeps in its
   * files, so something the user asked to forget (one fact) is gone from the files too, not only from the
   * profile. Costs this user's own records, not a rewrite of the store.
   */
  async forgetHistory(channelId: string, userId: string): Promise<void> {
    if (forgetsHistory(this.storage)) await this.storage.forgetHistory([profileKey(channelId, userId)]);
  }

  private async remove(channelId: string, userId: string): Promise<void> {
    for (const hook of this.erasingHooks) await hook(channelId, userId);
    // FileStorage overwrites every byte of a deleted item in its files before the delete returns.
    await this.storage.delete([profileKey(channelId, userId)]);
    for (const hook of this.erasedHooks) await hook(channelId, userId);
  }
}
