import type { Response } from 'restify';
import type { ZodError } from 'zod';
import { CodedError } from '../util/codedError';

/** Every error the HTTP edge returns has this JSON shape: a stable code and a message saying what to fix. */
export interface HttpErrorBody {
  code: string;
  message: string;
}

/**
 * An error a route throws to answer with a status and a code. Its message goes to the client, so it
 * is written for the client; any other error becomes a 500 whose text stays on the server.
 */
export class HttpError extends CodedError<string> {
  constructor(
    readonly status: number,
    code: string,
    message: string,
  ) {
    super(code, message);
  }
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.send(status, { code, message } satisfies HttpErrorBody);
}

/** zod's issues as one readable line: `field.path: what is wrong; …`. The one place zod errors are worded. */
export function describeIssues(error: ZodError, subject = 'body'): string {
  return error.issues.map((issue) => `${issue.path.map(String).join('.') || subject}: ${issue.message}`).join('; ');
}

/** Answers a request whose body failed its schema: 400 (or `status`) with the issues. */
export function sendInvalid(res: Response, error: ZodError, code = 'InvalidRequest', subject = 'body', status = 400): void {
  sendError(res, status, code, describeIssues(error, subject));
}

/** What a client sees when something failed inside: a code, never the internal error's text. */
export const INTERNAL_ERROR: HttpErrorBody = { code: 'InternalError', message: 'The server could not process this request.' };

/** Answers an error a route threw: its own status and code for an HttpError, a bare 500 otherwise. */
export function sendThrown(res: Response, err: unknown): void {
  if (err instanceof HttpError) sendError(res, err.status, err.code, err.message);
  else sendError(res, 500, INTERNAL_ERROR.code, INTERNAL_ERROR.message);
}
