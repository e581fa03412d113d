import { z } from 'zod';
import { readJsonFile } from '../../util/readJsonFile';

const value = z.string().trim().min(1).max(200);

const askSchema = z.object({
  q: z.string().trim().min(1).max(2000),
  expect: z.array(value).max(50).default([]),
  reject: z.array(value).max(50).default([]),
  /** The right answer is that the bot does not know (the person asked it to forget). */
  unknown: z.boolean().optional(),
});

const personaSchema = z.object({
  user: z.string().trim().min(1).max(100),
  /** Optional: the names this person gave for themselves; otherwise read from their name questions. */
  names: z.array(value).max(10).optional(),
  say: z.array(z.string().max(4000)).max(500),
  ask: z.array(askSchema).max(500),
});

export const personaFileSchema = z.object({
  about: z.string().optional(),
  personas: z.array(personaSchema).min(1).max(10_000),
});

export type PersonaFile = z.infer<typeof personaFileSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Ask = z.infer<typeof askSchema>;

/** Reads and validates a persona file (the format of ../shared/data/memory/dev-personas.json). */
export function loadPersonaFile(path: string): PersonaFile {
  return readJsonFile(path, personaFileSchema, (message) => new Error(`not a persona file: ${message}`));
}
