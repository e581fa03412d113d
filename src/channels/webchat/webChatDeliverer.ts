import type { Reply } from '../../vocabulary/reply';
import { toActivity } from '../../protocol/activity';
import type { Deliverer } from '../../notify/deliverer';
import { Clock } from '../../util/clock';
import type { ConversationStore } from '../directLine/conversationStore';
import { toOutbound, WEB_CHAT_CHANNEL } from '../directLine/directLineActivity';

/** The page's conversation is gone (closed tab, restart): like a 404 from a channel, retrying cannot help. */
class ConversationGoneError extends Error {
  readonly statusCode = 404;
}

/**
 * Push messages for the built-in page go straight into its Direct Line conversation (the page polls it);
 * every other channel goes through the Bot Framework as usual.
 */
export function webChatAwareDeliverer(store: ConversationStore, clock: Clock, fallback: Deliverer): Deliverer {
  return async (reference, replies: readonly Reply[]) => {
    if (reference.channelId !== WEB_CHAT_CHANNEL) return fallback(reference, replies);
    const conversationId = (reference.conversation as { id?: unknown } | undefined)?.id;
    const conversation = typeof conversationId === 'string' ? await store.findOpen(conversationId) : undefined;
    if (!conversation) throw new ConversationGoneError('The Web Chat conversation is no longer open');
    for (const reply of replies) {
      if ((await store.append(conversation, toOutbound(toActivity(reply), '', clock.now()))) === undefined) throw new ConversationGoneError('The Web Chat conversation is no longer open');
    }
  };
}
