import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CodedError } from '../util/codedError';

/** The topics a recommendation can belong to. An item's first topic is its main one. */
export const TOPICS = [
  'cooking',
  'running',
  'travel',
  'music',
  'movies',
  'books',
  'technology',
  'sports',
  'health',
  'finance',
  'gaming',
  'science',
] as const;
export type Topic = (typeof TOPICS)[number];

/** One recommendation the bot can offer. */
export interface CatalogItem {
  /** Kebab-case and unique, e.g. "cooking-sourdough-basics". */
  id: string;
  title: string;
  /** A short, friendly blurb shown to the user. */
  summary: string;
  /** An https URL where the user can read more. */
  link: string;
  /** One or more topics; the first is the main topic. */
  topics: Topic[];
  /** Lowercase keywords, e.g. "baking". */
  tags: string[];
  /** ISO date (YYYY-MM-DD), used to tell what's new. */
  publishedAt: string;
}

export interface Catalog {
  items: CatalogItem[];
  byId: Map<string, CatalogItem>;
  /** The topics that have at least one item, in the order of TOPICS. */
  topics: string[];
}

/** A problem in the catalog file, said so a writer can find and fix it. */
export interface CatalogProblem {
  /** The item's position in "items", when the problem is about one item. */
  index?: number;
  /** The item's id, when it has a usable one. */
  id?: string;
  message: string;
}

export class CatalogError extends CodedError {
  constructor(
    readonly file: string,
    readonly problems: CatalogProblem[],
  ) {
    super('CONTENT_INVALID', `${file} has ${problems.length} problem(s):\n${problems.map(formatCatalogProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

export function formatCatalogProblem(problem: CatalogProblem): string {
  const where = problem.index === undefined ? '' : `item ${problem.index}${problem.id ? ` ("${problem.id}")` : ''}: `;
  return `  ${where}${problem.message}`;
}

/** Says "is required" when a field is missing, and `message` when it is there but wrong. */
const requiredOr = (message: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : message);

const text = (max: number) =>
  z
    .string({ error: requiredOr('must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `is longer than ${max} characters`);

const noRepeats = (values: readonly string[]) => new Set(values).size === values.length;

export const catalogItemSchema = z.strictObject({
  id: z
    .string({ error: requiredOr('must be text') })
    .max(80, 'is longer than 80 characters')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case, e.g. "cooking-sourdough-basics"'),
  title: text(80),
  summary: text(240),
  link: z.url({
    protocol: /^https$/,
    error: requiredOr('must be an https URL, e.g. "https://en.wikipedia.org/wiki/Sourdough"'),
  }),
  topics: z
    .array(z.enum(TOPICS, { error: `must be one of: ${TOPICS.join(', ')}` }), { error: requiredOr('must be a list of topics') })
    .min(1, 'needs at least one topic')
    .refine(noRepeats, 'must not list a topic twice'),
  tags: z
    .array(
      z.string({ error: 'must be text' }).regex(/^[a-z0-9]+(?:[ -][a-z0-9]+)*$/, 'must be lowercase words, e.g. "baking"'),
      { error: requiredOr('must be a list of tags') },
    )
    .min(1, 'needs at least one tag')
    .refine(noRepeats, 'must not list a tag twice'),
  publishedAt: z.iso.date({ error: requiredOr('must be a date such as "2026-01-31"') }),
});

export const catalogFileSchema = z.strictObject({
  items: z.array(catalogItemSchema, { error: requiredOr('must be a list of items') }).min(1, 'must have at least one item'),
});

/**
 * Reads and checks the recommendation catalog, reporting every problem at once
 * (as a CatalogError with code CONTENT_INVALID).
 */
export function loadCatalog(path: string): Catalog {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (err) {
    throw new CatalogError(path, [{ message: `cannot be read: ${err instanceof Error ? err.message : String(err)}` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(source);
  } catch (err) {
    throw new CatalogError(path, [{ message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` }]);
  }

  const rawItems = isRecord(raw) && Array.isArray(raw.items) ? (raw.items as unknown[]) : [];
  const problems: CatalogProblem[] = [];
  const result = catalogFileSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(toProblem(issue, rawItems));
  }
  problems.push(...duplicateIds(rawItems));
  problems.sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
  if (problems.length > 0 || !result.success) throw new CatalogError(path, problems);

  const items: CatalogItem[] = result.data.items;
  const byId = new Map(items.map((item) => [item.id, item]));
  const topics = TOPICS.filter((topic) => items.some((item) => item.topics.includes(topic)));
  return { items, byId, topics };
}

function toProblem(issue: z.core.$ZodIssue, rawItems: readonly unknown[]): CatalogProblem {
  const [first, index] = issue.path;
  const inItem = first === 'items' && typeof index === 'number';
  const field = issue.path.slice(inItem ? 2 : 0).map(String).join('.');
  const message =
    issue.code === 'unrecognized_keys'
      ? `${field ? `${field}: ` : ''}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`
      : `${field ? `${field}: ` : ''}${issue.message}`;
  return inItem ? { index, id: idOf(rawItems[index]), message } : { message };
}

function duplicateIds(rawItems: readonly unknown[]): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const firstIndex = new Map<string, number>();
  rawItems.forEach((item, index) => {
    const id = idOf(item);
    if (id === undefined) return;
    const first = firstIndex.get(id);
    if (first === undefined) firstIndex.set(id, index);
    else problems.push({ index, id, message: `id "${id}" is already used by item ${first}` });
  });
  return problems;
}

function idOf(item: unknown): string | undefined {
  return isRecord(item) && typeof item.id === 'string' && item.id.trim() !== '' ? item.id : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
