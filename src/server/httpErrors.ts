import type { Response } from 'restify';

/** Every error the HTTP edge returns has this JSON shape: a stable code and a message saying what to fix. */
export interface HttpErrorBody {
  code: string;
  message: string;
}

export function sendError(res: Response, status: number, code: string, message: string): void {
  if (res.headersSent) return;
  res.send(status, { code, message } satisfies HttpErrorBody);
}
