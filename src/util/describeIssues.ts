import type { ZodError } from 'zod';

/** zod's issues as one readable line: `field.path: what is wrong; …` (`subject` names the whole value). */
export function describeIssues(error: ZodError, subject = 'body'): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || subject}: ${issue.message}`).join('; ');
}
