import type { Turn } from '../pipeline/turn';
import type { UserProfile } from '../profile/userProfile';

/** Replies after which push messages are offered: the end of onboarding (a name given or skipped) and a recommendation. */
const OFFER_AFTER = new Set(['name.saved', 'name.skipped', 'recommend.item']);

/**
 * The one-time offer of push messages: appended once, with a `/notify on` button, to the first reply that
 * ends onboarding or recommends something; never again once made, declined, or when already on.
 */
export function offerNotifications(turn: Turn, preview: UserProfile): void {
  const { notify } = preview;
  if (notify.offered || notify.declined || notify.enabled || turn.erase) return;
  if (!turn.requests.some((request) => OFFER_AFTER.has(request.key))) return;
  // A message of its own, so the reply it follows reads as before and the button is clearly about the offer.
  turn.requests.push({ key: 'notify.offer', suggestedActions: ['/notify on'] });
  turn.changes.push({ type: 'setNotify', patch: { offered: true } });
}
