import { Content } from '../content/content';
import { buildReplyContext } from '../personalization/replyContext';
import { composeReplies } from '../pipeline/stages/composeReply';
import { Reply, ReplyRequest } from '../vocabulary/reply';
import { restingStage } from '../profile/lifecycle';
import { UserProfile } from '../profile/userProfile';
import { Random } from '../util/random';

export interface ComposeOptions {
  content: Content;
  random: Random;
  lapsedAfterMs: number;
  defaultTimeZone: string;
}

/**
 * A push message in this person's words: the same reply context and composer as a turn (tone, name,
 * time of day, variants), seen from outside a conversation, so the stage reads "lapsed" for someone away.
 */
export function composePush(profile: UserProfile, requests: readonly ReplyRequest[], now: Date, options: ComposeOptions): Reply[] {
  const context = buildReplyContext(profile, profile, now, profile.channelId, options);
  return composeReplies(requests, { ...context, stage: restingStage(profile, now, options) }, options.content, options.random);
}
