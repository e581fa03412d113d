import { IntentDefinition } from './dialogSchema';

/** All of dialogs/ merged: what the bot says and understands. */
export interface Content {
  intents: Map<string, IntentDefinition>;
  replies: Map<string, string[]>;
  lists: Map<string, string[]>;
}

export function replyVariants(content: Content, key: string): string[] {
  const variants = content.replies.get(key);
  if (!variants) throw new Error(`No reply "${key}" in dialogs/`);
  return variants;
}

export function contentList(content: Content, name: string): string[] {
  return content.lists.get(name) ?? [];
}
