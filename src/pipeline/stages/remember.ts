import { ProfileChange } from '../../profile/profileChanges';
import { Turn, TurnDependencies } from '../turn';

/** The turn as memory keeps it: when, what was said, how it was understood, what we answered. */
export function remember(turn: Turn, deps: TurnDependencies): ProfileChange[] {
  if (turn.input.kind === 'conversationStart') return [{ type: 'conversationSeen', at: turn.now.toISOString(), lapsedAfterMs: deps.lapsedAfterMs }];
  return [
    {
      type: 'rememberTurn',
      turn: {
        at: turn.now.toISOString(),
        text: turn.text,
        intent: turn.recognition?.intent ?? 'command',
        replyKeys: turn.replies.map((reply) => reply.key),
        variants: turn.replies.flatMap((reply) => reply.variants),
      },
    },
  ];
}
