import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { describeIssues } from './describeIssues';

/**
 * A JSON file read and validated by a zod schema. Every problem is one error naming the file: a file that
 * cannot be read or parsed, or each field that is wrong (`path: field.path: what is wrong; …`).
 * `fail` makes the error (a CodedError where the caller has a code for it).
 */
export function readJsonFile<S extends z.ZodType>(path: string, schema: S, fail: (message: string) => Error = (message) => new Error(message)): z.infer<S> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw fail(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw fail(`${path}: ${describeIssues(parsed.error, 'file')}`);
  return parsed.data;
}
