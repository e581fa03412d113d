import { Content } from '../content/content';
import { plainWords } from '../util/plainWords';

// Content is loaded once and never changes, so its phrase table is built once per content object.
const tables = new WeakMap<Content, Map<string, string>>();

/**
 * The command for a message that is, word for word, an example of an intent with a `command` in
 * dialogs/ ("be more formal" → "/tone formal"). The statistical recognizer spreads its score over many
 * intents, so the sentences writers listed must not depend on it; other phrasings still go through it.
 * Commands with slots ("/name {name}") need an entity and are left to patterns.
 */
export function plainWordsCommand(text: string, content: Content): string | undefined {
  let table = tables.get(content);
  if (!table) {
    table = new Map();
    for (const definition of content.intents.values()) {
      if (!definition.command || /\{[a-z]+\}/.test(definition.command)) continue;
      for (const example of definition.examples) table.set(plainWords(example, { keepApostrophes: true }), definition.command);
    }
    tables.set(content, table);
  }
  return table.get(plainWords(text, { keepApostrophes: true }));
}
