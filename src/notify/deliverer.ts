import type { CloudAdapter, ConversationReference } from 'botbuilder';
import { toActivity } from '../bot/rapportBot';
import { Reply } from '../vocabulary/reply';

/** Sends composed replies into a stored conversation. Tests inject a fake; production uses the adapter. */
export type Deliverer = (reference: Record<string, unknown>, replies: readonly Reply[]) => Promise<void>;

/**
 * Proactive delivery through the Bot Framework: `continueConversationAsync` with the bot's app id opens
 * a turn on the stored conversation (authenticated like any reply) and the replies are sent there.
 */
export function adapterDeliverer(adapter: CloudAdapter, appId: string): Deliverer {
  return async (reference, replies) => {
    await adapter.continueConversationAsync(appId, reference as Partial<ConversationReference>, async (context) => {
      await context.sendActivities(replies.map(toActivity));
    });
  };
}
