import { readFileSync } from 'node:fs';
import { z } from 'zod';

/** One logged interaction: a user, an item with its tags, how well it went, when. */
export const interactionSchema = z.object({
  user: z.union([z.string().min(1).max(256), z.number()]).transform(String),
  item: z.union([z.string().min(1).max(256), z.number()]).transform(String),
  tags: z.array(z.string().max(100)).max(100),
  reward: z.number().finite(),
  ts: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO time'),
});

export type Interaction = z.infer<typeof interactionSchema>;

export interface InteractionLog {
  interactions: Interaction[];
  /** Lines that could not be used, with why (first few). */
  problems: string[];
  skipped: number;
}

/** Reads JSON lines, keeping the good ones in global time order (stable for equal times). */
export function readInteractions(path: string): InteractionLog {
  const interactions: Array<Interaction & { line: number }> = [];
  const problems: string[] = [];
  let skipped = 0;
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (!text.trim()) return;
      const parsed = safeJson(text);
      const result = interactionSchema.safeParse(parsed);
      if (result.success) interactions.push({ ...result.data, line: index });
      else {
        skipped += 1;
        if (problems.length < 5) problems.push(`line ${index + 1}: ${result.error.issues.map((i) => `${i.path.join('.') || 'line'} ${i.message}`).join('; ')}`);
      }
    });
  interactions.sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts) || a.line - b.line);
  return { interactions: interactions.map(({ line: _line, ...rest }) => rest), problems, skipped };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
