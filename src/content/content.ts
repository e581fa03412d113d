import { TONES, Tone } from '../vocabulary/tones';
import { Condition, FactKindDefinition, IntentDefinition, ReplyDefinition } from './dialogSchema';

/** One way of saying a reply, with the conditions under which it fits. */
export interface Variant {
  /** Stable id for memory and /why: `key:tone:index`. */
  id: string;
  text: string;
  when: Condition;
  /** The tone list it came from; `any` for replies without tones. */
  tone: Tone | 'any';
}

/** All of dialogs/ merged: what the bot says and understands. */
export interface Content {
  intents: Map<string, IntentDefinition>;
  replies: Map<string, ReplyDefinition>;
  lists: Map<string, string[]>;
  /** Kinds of personal fact by name; each kind's answer is also the reply `fact.<kind>.answer`. */
  facts: Map<string, FactKindDefinition>;
}

/** The reply key of a fact kind's label in /profile ("where you live"). */
export function factLabelKey(kind: string): string {
  return `fact.${kind}.label`;
}

/** The reply key of a fact kind's answer to "what kind of …" ("You've got a beagle."). */
export function factSortAnswerKey(kind: string): string {
  return `fact.${kind}.sortAnswer`;
}

/** The reply key of a fact kind's answer about someone in the person's life ("Your sister lives in Oslo."). */
export function factAboutAnswerKey(kind: string): string {
  return `fact.${kind}.aboutAnswer`;
}

/** The reply key of a fact kind's own way of saying it does not know ("I only know your first name, Zoë."). */
export function factUnknownKey(kind: string): string {
  return `fact.${kind}.unknown`;
}

/** The reply key of a fact kind's answer. */
export function factAnswerKey(kind: string): string {
  return `fact.${kind}.answer`;
}

/**
 * The variants of a reply for a tone, falling back predictably: the tone asked for, else the default
 * tone (friendly), else the reply's single generic list.
 */
export function replyVariants(content: Content, key: string, tone: Tone = 'friendly'): Variant[] {
  const reply = content.replies.get(key);
  if (!reply) throw new Error(`No reply "${key}" in dialogs/`);
  if (Array.isArray(reply)) return reply.map((variant, index) => toVariant(key, 'any', variant, index));
  const chosen: Tone = reply[tone] ? tone : 'friendly';
  return (reply[chosen] ?? []).map((variant, index) => toVariant(key, chosen, variant, index));
}

/** Tones a reply with per-tone lists lacks; a plain list serves every tone and lacks none. */
export function missingTones(content: Content, key: string): Tone[] {
  const reply = content.replies.get(key);
  if (!reply || Array.isArray(reply)) return [];
  return TONES.filter((tone) => !reply[tone]);
}

function toVariant(key: string, tone: Tone | 'any', variant: string | { text: string; when?: Condition }, index: number): Variant {
  const { text, when } = typeof variant === 'string' ? { text: variant, when: undefined } : variant;
  return { id: `${key}:${tone}:${index}`, text, when: when ?? {}, tone };
}

export function contentList(content: Content, name: string): string[] {
  return content.lists.get(name) ?? [];
}

/** A list that holds one value (a label template, the verb a question is read with): that value, if the list is there. */
export function contentValue(content: Content, name: string): string | undefined {
  return contentList(content, name)[0];
}
