import type { Activity } from '@microsoft/agents-activity';
import type { WebResponse } from '@microsoft/agents-hosting';
import type { ActivityJson } from '../../protocol/activity';
import { describeIssues } from '../../util/describeIssues';

/** Opaque payloads: what is inside is the channel's or the card's, not the activity schema's. */
const OPAQUE = new Set(['value', 'channelData', 'content']);

/**
 * An activity (or reference) as the Agents SDK's validated `Activity` accepts it: it rejects empty
 * strings in about 30 fields and `null` anywhere the schema says optional, both of which channels and
 * botbuilder send freely. Those are dropped; opaque payloads are left as they are.
 */
export function forAgents<T extends object>(value: T): T {
  const stripped = strip(value) as Record<string, unknown>;
  // Its schema also requires suggestedActions.to, which the Bot Framework schema leaves optional.
  const suggested = stripped.suggestedActions as { to?: unknown } | undefined;
  if (suggested && typeof suggested === 'object' && suggested.to === undefined) stripped.suggestedActions = { ...suggested, to: [] };
  return stripped as T;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== '' && item !== null).map(strip);
  if (!value || typeof value !== 'object' || value instanceof Date) return value;
  const kept: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (field === '' || field === null || field === undefined) continue;
    kept[key] = OPAQUE.has(key) ? field : strip(field);
  }
  return kept;
}

/**
 * The SDK's `Activity` keeps its channel in `_channelId` behind a getter: serialized as is, a reply
 * would reach the client without `channelId`. Its own `toJsonString` writes the wire form.
 */
export function toPlain(activity: Activity): ActivityJson {
  return JSON.parse(activity.toJsonString()) as ActivityJson;
}

/** The SDK validates activities with its own zod (3), whose errors have this shape. */
export function isAgentsValidationError(error: unknown): error is { issues: Array<{ path: PropertyKey[]; message: string }> } {
  return error instanceof Error && error.name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues);
}

/** The SDK's schema problems, worded as ours are (util/describeIssues). */
export function describeAgentsIssues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return describeIssues(error, 'activity');
}

/**
 * What the SDK writes to the HTTP response, kept instead of sent: the server answers itself, with its
 * own codes, as it does for botbuilder. Express-shaped (`status()` returns the response), as the SDK expects.
 */
export class CapturedResponse {
  status: number | undefined;
  body: unknown;
  ended = false;

  asExpress(): WebResponse {
    const response: WebResponse = {
      status: (code) => {
        this.status = code;
        return response;
      },
      setHeader: () => response,
      send: (body) => {
        this.body = body;
        return response;
      },
      end: () => {
        this.ended = true;
        return response;
      },
      get headersSent() {
        return false;
      },
      get writableEnded() {
        return false;
      },
    };
    return response;
  }
}

/**
 * The JWT middleware answers every failure 401, also when the signing keys could not be fetched, which
 * is not the caller's fault. jsonwebtoken reports a failed key lookup as "error in secret or public key
 * callback"; a key id the key set does not have is still the token's fault.
 */
export function unavailableKeys(refusal: CapturedResponse): boolean {
  const message = (refusal.body as { 'jwt-auth-error'?: unknown } | undefined)?.['jwt-auth-error'];
  return typeof message === 'string' && message.startsWith('error in secret or public key callback') && !/signing key that matches/i.test(message);
}
