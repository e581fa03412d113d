import { Content } from '../content/content';
import { ProfileChange } from '../profile/profileChanges';
import { UserProfile } from '../profile/userProfile';
import { answerOf } from './confirmation';

/** What to run this turn, given a question a command asked last turn. */
export interface PendingAnswer {
  /** The text to handle instead of what was typed: "yes" after /forget becomes "/forget yes". */
  text: string;
  changes: ProfileChange[];
}

/**
 * A command's question is answered only by the very next message. A plain yes or no goes back to the
 * command; anything else drops the question, so a later "yes" meant for something else erases nothing.
 */
export function pendingAnswer(profile: UserProfile, text: string, content: Content): PendingAnswer | undefined {
  if (profile.pending !== 'confirmForget') return undefined;
  const answer = answerOf(text, content);
  if (answer) return { text: `/forget ${answer}`, changes: [] };
  return { text, changes: [{ type: 'setPending', pending: undefined }] };
}
