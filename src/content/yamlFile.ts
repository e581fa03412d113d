import { Document, LineCounter, isMap, isNode, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from 'zod';

/** A problem in a content file, said so a writer can find and fix it. */
export interface ContentProblem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `  ${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/** The line of a path in a YAML document (a map entry's key line, or a list item's line). */
export type Locate = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Parses one YAML file and validates it with a zod schema. Every YAML and schema problem is added to
 * `problems` with its line; the result is undefined when there was any.
 */
export function parseYamlFile<S extends z.ZodType>(source: string, file: string, schema: S, problems: ContentProblem[]): { data: z.output<S>; locate: Locate } | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, uniqueKeys: true });
  for (const error of doc.errors) {
    problems.push({ file, line: error.linePos?.[0].line, message: `YAML: ${error.message.split('\n')[0]}` });
  }
  if (doc.errors.length > 0) return undefined;
  const locate = locator(doc, lineCounter);
  const result = schema.safeParse(doc.toJS() ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
      const message = /received undefined$/.test(issue.message) ? 'is required' : issue.message;
      problems.push({ file, line: locate(path), message: `${describePath(path)}${message}` });
    }
    return undefined;
  }
  return { data: result.data, locate };
}

function locator(doc: Document, lineCounter: LineCounter): Locate {
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of path) {
      const found = childOf(node, segment);
      if (!found) break;
      if (found.at) line = lineCounter.linePos(found.at).line;
      node = found.node;
    }
    return line;
  };
}

function childOf(node: unknown, segment: PropertyKey): { node: unknown; at?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { node: pair.value, at: isNode(pair.key) ? pair.key.range?.[0] : undefined };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { node: item, at: isNode(item) ? item.range?.[0] : undefined };
  }
  return undefined;
}

function describePath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? `${path.map(String).join('.')}: ` : '';
}
