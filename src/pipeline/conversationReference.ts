import type { ProfileChange } from '../profile/profileChanges';

/** A reference is a few hundred bytes; anything much bigger is not one and is not kept. */
export const MAX_REFERENCE_JSON = 4096;

/**
 * The channel's conversation reference as the core keeps it: opaque, but only a plain JSON object of
 * bounded size (it is stored in the profile and sent back to the channel as is). Undefined otherwise.
 */
export function boundedReference(value: unknown): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
  let json: string;
  try {
    json = JSON.stringify(value);
  } catch {
    return undefined;
  }
  if (json.length > MAX_REFERENCE_JSON) return undefined;
  return JSON.parse(json) as Record<string, unknown>;
}

/** The change that keeps the latest reference a turn brought, if it is usable and new. */
export function referenceChanges(reference: unknown, kind: string, stored: Record<string, unknown> | undefined, now: Date): ProfileChange[] {
  // An erase request must not leave a reference behind, and is about to remove the profile anyway.
  if (kind === 'eraseRequest') return [];
  const conversation = boundedReference(reference);
  if (!conversation || JSON.stringify(conversation) === JSON.stringify(stored)) return [];
  return [{ type: 'rememberReference', conversation, at: now.toISOString() }];
}
