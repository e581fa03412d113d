import { createHash, timingSafeEqual } from 'node:crypto';
import type { Next, Request, RequestHandler, Response } from 'restify';
import { sendError } from './httpErrors';

/** The token of an `Authorization: Bearer <token>` header, if the header has exactly that shape. */
export function bearerTokenOf(req: Request): string | undefined {
  return /^Bearer ([^\s]{1,4096})$/.exec(req.header('authorization') ?? '')?.[1];
}

/** Constant time: both sides are hashed to one length first, so neither the length nor the content leaks. */
export function secretMatches(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return presented.length > 0 && expected.length > 0 && timingSafeEqual(digest(presented), digest(expected));
}

/**
 * Route middleware: lets the request through only with `Authorization: Bearer <secret>`; otherwise 401
 * with `WWW-Authenticate: Bearer`, naming the variable that holds the secret. `onRefused` sees refusals (for a log line).
 */
export function requireBearer(secret: string, variable: string, onRefused?: (req: Request) => void): RequestHandler {
  return function bearerGuard(req: Request, res: Response, next: Next): void {
    const presented = bearerTokenOf(req);
    if (presented !== undefined && secretMatches(presented, secret)) return next();
    onRefused?.(req);
    res.header('WWW-Authenticate', 'Bearer');
    sendError(res, 401, 'Unauthorized', `Send the ${variable} as "Authorization: Bearer <token>".`);
    return next(false);
  };
}
