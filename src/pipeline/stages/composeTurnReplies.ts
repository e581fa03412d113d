import { replyView, Turn, TurnDependencies } from '../turn';
import { composeReplies } from './composeReply';

/** Words the chosen replies (content keys and values) in the person's tone: the turn's replies. */
export function composeTurnReplies(turn: Turn, deps: TurnDependencies): void {
  turn.replies = composeReplies(turn.requests, replyView(turn).context, deps.content, deps.random);
}
