import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** Where something is written in dialogs/, for a writer to jump to. */
export interface Location {
  file: string;
  line?: number;
}

/** Where each intent, each of its examples and each reply is written in a dialogs directory. */
export interface ContentLocations {
  intents: Map<string, Location>;
  /** By intent, one location per example in the order of the content. */
  examples: Map<string, Location[]>;
  replies: Map<string, Location>;
}

/** Reads the dialogs' YAML files for line numbers only: the content itself comes from loadDialogs. */
export function contentLocations(dir: string): ContentLocations {
  const found: ContentLocations = { intents: new Map(), examples: new Map(), replies: new Map() };
  for (const name of readdirSync(dir).filter((entry) => /\.ya?ml$/.test(entry)).sort()) {
    const file = relative(process.cwd(), join(dir, name)) || join(dir, name);
    const lineCounter = new LineCounter();
    const doc = parseDocument(readFileSync(join(dir, name), 'utf8'), { lineCounter });
    const at = (node: Node | null | undefined): Location => ({ file, line: node?.range ? lineCounter.linePos(node.range[0]).line : undefined });
    if (!isMap(doc.contents)) continue;
    const replies = doc.contents.get('replies', true);
    if (isMap(replies)) for (const pair of replies.items) if (isScalar(pair.key)) found.replies.set(String(pair.key.value), at(pair.key));
    // A fact kind's label, answer, sortAnswer and about.answer are the replies `fact.<kind>.<field>` (content/content.ts).
    const facts = doc.contents.get('facts', true);
    if (isMap(facts)) {
      for (const kind of facts.items) {
        if (!isScalar(kind.key) || !isMap(kind.value)) continue;
        for (const field of kind.value.items) if (isScalar(field.key) && ['label', 'answer', 'sortAnswer'].includes(String(field.key.value))) found.replies.set(`fact.${String(kind.key.value)}.${String(field.key.value)}`, at(field.key));
        // `about: { answer }` is the reply `fact.<kind>.aboutAnswer`.
        const about = kind.value.get('about', true);
        if (isMap(about)) for (const field of about.items) if (isScalar(field.key) && field.key.value === 'answer') found.replies.set(`fact.${String(kind.key.value)}.aboutAnswer`, at(field.key));
      }
    }
    const intents = doc.contents.get('intents', true);
    if (!isMap(intents)) continue;
    for (const pair of intents.items) {
      if (!isScalar(pair.key)) continue;
      const intent = String(pair.key.value);
      found.intents.set(intent, at(pair.key));
      const examples = isMap(pair.value) ? pair.value.get('examples', true) : undefined;
      if (isSeq(examples)) found.examples.set(intent, examples.items.map((item) => at(item as Node)));
    }
  }
  return found;
}
