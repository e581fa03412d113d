import { createHmac } from 'node:crypto';
import { secretMatches } from '../../server/bearerToken';

export const SESSION_COOKIE = 'rapport_admin';
/** A support person's session: a working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * A session is `v1.<expires ms>.<HMAC-SHA256 of that, keyed by ADMIN_TOKEN>`: nothing kept on the
 * server, valid on every instance, and all sessions end when ADMIN_TOKEN changes.
 */
export function issueSession(adminToken: string, now: Date, ttlMs = SESSION_TTL_MS): string {
  const expires = String(now.getTime() + ttlMs);
  return `v1.${expires}.${sign(adminToken, expires)}`;
}

/** True for a session this token issued that has not expired; the signature is compared in constant time. */
export function sessionValid(value: string | undefined, adminToken: string, now: Date): boolean {
  const match = /^v1\.(\d{1,15})\.([A-Za-z0-9_-]{43})$/.exec(value ?? '');
  if (!match) return false;
  const [, expires, signature] = match;
  return secretMatches(signature, sign(adminToken, expires)) && Number(expires) > now.getTime();
}

function sign(adminToken: string, expires: string): string {
  return createHmac('sha256', adminToken).update(`rapport-admin-session:${expires}`).digest('base64url');
}

/** The `Set-Cookie` header for a session: HttpOnly, Secure, SameSite=Strict, only under /admin. */
export function sessionCookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/admin; Max-Age=${maxAgeSeconds}; HttpOnly; Secure; SameSite=Strict`;
}

/** The session cookie's value in a `Cookie` header, if there is one. */
export function sessionFromCookies(header: string | undefined): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return rest.join('=');
  }
  return undefined;
}
