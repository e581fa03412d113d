import { explain } from '../../personalization/explanation';
import { ReplyContext } from '../../personalization/replyContext';
import { ProfileChange } from '../../profile/profileChanges';
import { learningActive } from '../../profile/userProfile';
import { replyView, Turn, TurnDependencies } from '../turn';
import { JOKE_REPLY } from './answerEveryday';

/** Records the turn as memory keeps it; the save applies it. */
export function remember(turn: Turn, deps: TurnDependencies): void {
  turn.changes.push(...memory(turn, replyView(turn).context, deps));
}

/** When, what was said (not while learning is paused), how it was understood, what we answered and why. */
function memory(turn: Turn, context: ReplyContext, deps: TurnDependencies): ProfileChange[] {
  const kept = learningActive(turn.loaded.profile) && turn.notes.takenBack !== true;
  if (turn.input.kind === 'conversationStart') return [{ type: 'conversationSeen', at: turn.now.toISOString(), lapsedAfterMs: deps.lapsedAfterMs }];
  // A joke is told once per person: the ones heard are kept (see answerEveryday's tellJoke).
  const jokes: ProfileChange[] = turn.replies.flatMap((reply) => reply.variants.filter((id) => id.startsWith(`${JOKE_REPLY}:`))).map((variant) => ({ type: 'jokeTold', variant }));
  return [
    ...jokes,
    {
      type: 'rememberTurn',
      turn: {
        at: turn.now.toISOString(),
        text: kept ? turn.text : '',
        intent: understood(turn).intent,
        replyKeys: turn.replies.map((reply) => reply.key),
        variants: turn.replies.flatMap((reply) => reply.variants),
        explanation: explain(understood(turn), context, turn.replies, turn.notes.recommendation, turn.notes.memory?.kinds),
        ...(kept && turn.notes.answered ? { answered: turn.notes.answered } : {}),
      },
    },
  ];
}

function understood(turn: Turn): { intent: string; confidence: number } {
  if (turn.notes.command) return { intent: `/${turn.notes.command}`, confidence: 1 };
  if (turn.notes.feedback) return { intent: `feedback:${turn.notes.feedback}`, confidence: 1 };
  return { intent: turn.recognition?.intent ?? 'none', confidence: round(turn.recognition?.score ?? 0) };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
