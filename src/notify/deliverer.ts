import { Reply } from '../vocabulary/reply';

/**
 * Sends composed replies into a stored conversation. Production uses the SDK edge's proactive send
 * (`BotEdge.deliver`, src/sdk/); tests inject a fake.
 */
export type Deliverer = (reference: Record<string, unknown>, replies: readonly Reply[]) => Promise<void>;
