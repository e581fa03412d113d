import { z } from 'zod';

const text = z.string().trim().min(1, 'must not be empty').max(2000, 'is longer than 2000 characters');
const identifier = z
  .string()
  .regex(/^[a-zA-Z][\w.-]*$/, 'must start with a letter and use only letters, digits, ".", "-" or "_"');

export const intentSchema = z.strictObject({
  description: z.string().optional(),
  examples: z.array(text).min(1, 'needs at least one example'),
  /** Phrases with slots such as "my name is {name}": matched exactly, before the classifier. */
  patterns: z.array(text.regex(/\{[a-z]+\}/, 'must contain a slot such as {name}')).optional(),
});

/** One content file in dialogs/. Every key is optional so content can be split across files freely. */
export const dialogFileSchema = z.strictObject({
  intents: z.record(identifier, intentSchema).optional(),
  replies: z.record(identifier, z.array(text).min(1, 'needs at least one variant')).optional(),
  lists: z.record(identifier, z.array(text)).optional(),
});

export type IntentDefinition = z.infer<typeof intentSchema>;
export type DialogFile = z.infer<typeof dialogFileSchema>;
