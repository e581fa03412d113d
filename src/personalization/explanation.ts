import type { Explanation } from '../vocabulary/explanation';
import type { ReplyContext } from './replyContext';

export interface ExplainedReply {
  matched: string[];
  used: string[];
}

export function explain(
  understood: { intent: string; confidence: number },
  context: ReplyContext,
  replies: readonly ExplainedReply[],
  recommendation: Explanation['recommendation'],
  facts: readonly string[] = [],
): Explanation {
  return {
    ...understood,
    tone: context.tone,
    toneSource: context.toneSource,
    stage: context.stage,
    mood: context.mood,
    timeOfDay: context.timeOfDay,
    matched: unique(replies.flatMap((reply) => reply.matched)),
    used: unique(replies.flatMap((reply) => reply.used)),
    ...(recommendation ? { recommendation } : {}),
    ...(facts.length > 0 ? { facts: unique(facts) } : {}),
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
