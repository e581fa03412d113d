import type { Response } from 'restify';
import type { ZodError } from 'zod';
import { describeIssues } from '../util/describeIssues';

/** Every error the HTTP edge returns has this JSON shape: a stable code and a message saying what to fix. */
export interface HttpErrorBody {
  code: string;
  message: string;
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.send(status, { code, message } satisfies HttpErrorBody);
}

/** Answers a request whose body failed its schema: 400 (or `status`) with the issues. */
export function sendInvalid(res: Response, error: ZodError, code = 'InvalidRequest', subject = 'body', status = 400): void {
  sendError(res, status, code, describeIssues(error, subject));
}

/** What a client sees when something failed inside: a code, never the internal error's text. */
export const INTERNAL_ERROR: HttpErrorBody = { code: 'InternalError', message: 'The server could not process this request.' };
