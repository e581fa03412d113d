/** A schema error's issues: zod 4's, and the zod 3 the Agents SDK validates with, have this shape. */
export interface SchemaIssues {
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>;
}

/** zod's issues as one readable line: `field.path: what is wrong; …` (`subject` names the whole value). */
export function describeIssues(error: SchemaIssues, subject = 'body'): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || subject}: ${issue.message}`).join('; ');
}
