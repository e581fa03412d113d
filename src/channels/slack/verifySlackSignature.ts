import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack refuses to sign older requests as fresh; we refuse anything further than this from our clock. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

export type SignatureCheck = { ok: true } | { ok: false; reason: 'missing' | 'stale' | 'mismatch' };

export interface SignedRequest {
  /** X-Slack-Request-Timestamp: seconds since the epoch. */
  timestamp: string | undefined;
  /** X-Slack-Signature: `v0=` and the hex HMAC-SHA256. */
  signature: string | undefined;
  /** The body exactly as received: re-encoding a parsed form would change the bytes. */
  rawBody: string;
}

/**
 * Slack's request signing (v0): HMAC-SHA256 with the app's signing secret over `v0:timestamp:body`,
 * compared in constant time. Old timestamps are refused so a captured request cannot be replayed later.
 */
export function verifySlackSignature(signingSecret: string, request: SignedRequest, now: Date): SignatureCheck {
  const { timestamp, signature, rawBody } = request;
  if (!timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'missing' };
  const ageSeconds = Math.abs(now.getTime() / 1000 - Number(timestamp));
  if (ageSeconds > MAX_REQUEST_AGE_SECONDS) return { ok: false, reason: 'stale' };
  const expected = Buffer.from(`v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`);
  const presented = Buffer.from(signature);
  // Lengths are public (the format is fixed); timingSafeEqual needs equal lengths.
  const matches = presented.length === expected.length && timingSafeEqual(presented, expected);
  return matches ? { ok: true } : { ok: false, reason: 'mismatch' };
}
