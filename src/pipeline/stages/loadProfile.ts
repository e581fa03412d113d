import { LoadedProfile, ProfileAccess } from '../../profile/profileRepository';

/** The user's profile as stored (a new one for someone never seen), with the eTag the save will check. */
export function loadProfile(profiles: ProfileAccess): Promise<LoadedProfile> {
  return profiles.load();
}
