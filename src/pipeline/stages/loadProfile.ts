import { LoadedProfile, ProfileRepository } from '../../profile/profileRepository';
import { TurnInput } from '../turn';

export function loadProfile(input: TurnInput, profiles: ProfileRepository): Promise<LoadedProfile> {
  return profiles.load(input.channelId, input.userId);
}
