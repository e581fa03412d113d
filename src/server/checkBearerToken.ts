import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when the Authorization header carries exactly `Bearer <expected>`. Both sides are hashed first so
 * the comparison takes the same time whatever the length of what was sent.
 */
export function checkBearerToken(header: string | undefined, expected: string): boolean {
  const presented = /^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '';
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return presented.length > 0 && timingSafeEqual(digest(presented), digest(expected));
}
