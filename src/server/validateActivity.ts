import { z } from 'zod';
import { describeIssues } from '../util/describeIssues';

const id = z.string().min(1).max(512);
const account = z.looseObject({ id, name: z.string().max(512).optional() });

/**
 * The parts of an incoming activity Rapport relies on. Bot Framework activities carry many more
 * fields; those pass through untouched, but these must be present and sane before a turn starts.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(512).optional(),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().min(1).max(2048).refine((url) => URL.canParse(url), 'must be an absolute URL'),
  from: account,
  recipient: account.optional(),
  conversation: z.looseObject({ id }),
  text: z.string().max(100_000).optional(),
  locale: z.string().max(32).optional(),
  deliveryMode: z.string().max(32).optional(),
});

export type IncomingActivity = z.infer<typeof incomingActivitySchema>;

/** Returns the problems, one per line, or undefined when the activity is acceptable. */
export function activityProblems(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'The body must be a JSON object (a Bot Framework activity).';
  const result = incomingActivitySchema.safeParse(body);
  if (result.success) return undefined;
  return describeIssues(result.error, 'activity');
}
