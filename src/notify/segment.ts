import { z } from 'zod';
import { restingStage } from '../profile/lifecycle';
import { learningActive, UserProfile } from '../profile/userProfile';
import { STAGES } from '../vocabulary/stages';

const identifier = z.string().trim().min(1).max(64).regex(/^[\w.:-]+$/, 'letters, digits, ".", ":", "-" or "_" only');

/** Which opted-in users a broadcast is for; every field given must hold. */
export const segmentSchema = z.strictObject({
  /** Users who follow the topic, or showed interest in it, and did not switch it off. */
  topic: identifier.optional(),
  /** Lifecycle stage as seen from outside a conversation (new, onboarding, regular, lapsed). */
  stage: z.enum(STAGES).optional(),
  /** Channel id, e.g. msteams, slack, webchat. */
  channel: identifier.optional(),
});

export type Segment = z.infer<typeof segmentSchema>;

export function inSegment(profile: UserProfile, segment: Segment, now: Date, lapsedAfterMs: number): boolean {
  if (segment.channel !== undefined && profile.channelId !== segment.channel) return false;
  if (segment.stage !== undefined && restingStage(profile, now, { lapsedAfterMs }) !== segment.stage) return false;
  if (segment.topic !== undefined && !caresAbout(profile, segment.topic)) return false;
  return true;
}

function caresAbout(profile: UserProfile, topic: string): boolean {
  const switches = profile.notify.topics;
  if (Object.hasOwn(switches, topic)) return switches[topic];
  if (profile.explicit.blockedTopics?.includes(topic)) return false;
  if (profile.explicit.topics?.includes(topic)) return true;
  const interests = profile.learned.interests;
  return learningActive(profile) && Object.hasOwn(interests, topic) && interests[topic] > 0;
}
