import type { Turn } from '../turn';
import type { UserProfile } from '../../profile/userProfile';

/**
 * Replies after which push messages are offered: the welcome of the second session (the user came back,
 * still onboarding; the first session is busy enough with the name question) and a recommendation.
 */
const OFFER_AFTER = new Set(['welcome.back', 'recommend.item']);

/**
 * The one-time offer of push messages, a line with a `/notify on` button after the first reply that
 * qualifies; never again once made, declined, or when already on.
 */
export function offerNotifications(turn: Turn, preview: UserProfile): void {
  const { notify } = preview;
  if (notify.offered || notify.declined || notify.enabled || turn.erase) return;
  if (!turn.requests.some((request) => OFFER_AFTER.has(request.key))) return;
  // Appended to the reply it follows, so its button joins that reply's buttons (a channel shows only the
  // last message's suggested actions, and the feedback buttons of a recommendation must stay).
  turn.requests.push({ key: 'notify.offer', suggestedActions: ['/notify on'], append: true });
  turn.changes.push({ type: 'setNotify', patch: { offered: true } });
}
