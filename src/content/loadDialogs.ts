import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CodedError } from '../util/codedError';
import { Content, factAboutAnswerKey, factAnswerKey, factLabelKey, factSortAnswerKey, factUnknownKey } from './content';
import { DialogFile, dialogFileSchema, MIN_EXAMPLES } from './dialogSchema';
import { plainWords } from '../util/plainWords';

import { ContentProblem, formatProblem, Locate, parseYamlFile } from './yamlFile';

export { formatProblem, type ContentProblem } from './yamlFile';

export class ContentError extends CodedError {
  constructor(readonly problems: ContentProblem[]) {
    super('CONTENT_INVALID', `dialogs/ has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
  }
}

/** Reads every dialogs/*.yaml file, reporting all problems at once, and merges them. */
export function loadDialogs(dir: string, requiredReplies: readonly string[] = []): Content {
  const problems: ContentProblem[] = [];
  const content: Content = { intents: new Map(), replies: new Map(), lists: new Map(), facts: new Map() };
  const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (files.length === 0) problems.push({ file: dir, message: 'no .yaml files found' });
  for (const name of files) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path) || path;
    const parsed = parseYamlFile(readFileSync(path, 'utf8'), file, dialogFileSchema, problems);
    if (parsed) mergeFile(content, parsed.data, parsed.locate, file, problems);
  }
  for (const [kind, definition] of content.facts) {
    for (const field of ['opposite', 'orElse', 'near', 'forgetsWith'] as const) {
      for (const other of definition[field] ?? []) {
        if (!content.facts.has(other)) problems.push({ file: dir, message: `fact kind "${kind}": ${field} "${other}" is not a fact kind` });
      }
    }
  }
  const categories = new Set(content.lists.get('memoryCategories') ?? []);
  for (const [kind, definition] of content.facts) {
    for (const category of [definition.category, definition.orElseCategory, definition.valuesOf]) {
      if (category !== undefined && !categories.has(category)) problems.push({ file: dir, message: `fact kind "${kind}": category "${category}" is not in the list memoryCategories (add it there and run npm run memory:categories)` });
    }
  }
  for (const key of requiredReplies) {
    if (!content.replies.has(key)) problems.push({ file: dir, message: `reply "${key}" is missing; the bot needs it` });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}

function mergeFile(content: Content, data: DialogFile, locate: Locate, file: string, problems: ContentProblem[]): void {
  const owners = new Map<string, string>();
  for (const [intent, definition] of content.intents) for (const example of definition.examples) owners.set(plainWords(example), intent);

  for (const [name, definition] of Object.entries(data.intents ?? {})) {
    if (content.intents.has(name)) {
      problems.push({ file, line: locate(['intents', name]), message: `intent "${name}" is defined twice` });
      continue;
    }
    if (definition.examples.length > 0 && definition.examples.length < MIN_EXAMPLES) {
      const count = definition.examples.length;
      problems.push({ file, line: locate(['intents', name, 'examples']), message: `intent "${name}" has ${count} example${count === 1 ? '' : 's'}; it needs at least ${MIN_EXAMPLES} so the recognizer can learn it: add more ways of saying it` });
    }
    definition.examples.forEach((example, index) => {
      const owner = owners.get(plainWords(example));
      if (owner && owner !== name) {
        problems.push({ file, line: locate(['intents', name, 'examples', index]), message: `example "${example}" also appears under intent "${owner}"` });
      }
      owners.set(plainWords(example), name);
    });
    content.intents.set(name, definition);
  }
  mergeMap(content.replies, data.replies, 'reply', ['replies'], locate, file, problems);
  mergeMap(content.lists, data.lists, 'list', ['lists'], locate, file, problems);
  mergeMap(content.facts, data.facts, 'fact kind', ['facts'], locate, file, problems);
  for (const [kind, definition] of Object.entries(data.facts ?? {})) {
    // The answer is a reply like any other (tones, variants), under a key the code derives from the kind.
    const sortAnswer = definition.sortAnswer ? { [factSortAnswerKey(kind)]: definition.sortAnswer } : {};
    const aboutAnswer = definition.about ? { [factAboutAnswerKey(kind)]: definition.about.answer } : {};
    const unknown = definition.unknown ? { [factUnknownKey(kind)]: definition.unknown } : {};
    mergeMap(content.replies, { [factAnswerKey(kind)]: definition.answer, [factLabelKey(kind)]: [capitalize(definition.label)], ...sortAnswer, ...aboutAnswer, ...unknown }, 'reply', ['facts', kind], locate, file, problems);
    if (definition.value === 'name' && !definition.nouns?.length && definition.say.length === 0) {
      problems.push({ file, line: locate(['facts', kind]), message: `fact kind "${kind}" holds names but has neither "nouns" nor "say": nothing would ever be learned` });
    }
  }
}

function mergeMap<T>(target: Map<string, T>, source: Record<string, T> | undefined, kind: string, at: string[], locate: Locate, file: string, problems: ContentProblem[]): void {
  for (const [key, value] of Object.entries(source ?? {})) {
    if (target.has(key)) problems.push({ file, line: locate([...at, key]), message: `${kind} "${key}" is defined twice` });
    else target.set(key, value);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
