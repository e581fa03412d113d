import type { Next, Request, RequestHandler, Response } from 'restify';
import { sendError } from './httpErrors';

/** How deep and how big a parsed JSON body may be, whatever the route. */
export interface JsonShapeLimits {
  /** Nesting of objects and arrays. Bot Framework activities with Adaptive Cards stay well under 32. */
  maxDepth: number;
  /** Values (objects, arrays, strings, numbers …) in the whole body. */
  maxValues: number;
}

export const JSON_SHAPE_LIMITS: JsonShapeLimits = { maxDepth: 64, maxValues: 20_000 };

/** With the u flag a surrogate pair is one code point, so only an unpaired half matches. */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

export type JsonShapeProblem = { code: 'TooDeep' | 'TooManyValues' | 'InvalidUnicode'; message: string };

/**
 * Why a parsed JSON value must not go further, or undefined. Walks without recursion, so a body nested
 * 100,000 levels deep costs a loop, not the stack; stops at the first problem.
 */
export function jsonShapeProblem(root: unknown, limits: JsonShapeLimits = JSON_SHAPE_LIMITS): JsonShapeProblem | undefined {
  const stack: Array<[value: unknown, depth: number]> = [[root, 0]];
  let values = 0;
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (++values > limits.maxValues) return { code: 'TooManyValues', message: `The JSON body has more than ${limits.maxValues} values.` };
    if (typeof value === 'string') {
      if (LONE_SURROGATE.test(value)) return invalidUnicode();
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= limits.maxDepth) return { code: 'TooDeep', message: `The JSON body is nested more than ${limits.maxDepth} levels deep.` };
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return invalidUnicode();
      stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

function invalidUnicode(): JsonShapeProblem {
  return { code: 'InvalidUnicode', message: 'The JSON body has a string that is not valid Unicode (a lone surrogate such as \\ud800).' };
}

/**
 * Server-wide middleware, after the body parser: a JSON body that is too deep, too big or not valid
 * Unicode is answered 400 with a code before any route (and so any turn) sees it.
 */
export function boundedJsonBodies(limits: JsonShapeLimits = JSON_SHAPE_LIMITS): RequestHandler {
  return function checkJsonShape(req: Request, res: Response, next: Next): void {
    if (req.body === undefined || !req.is('application/json')) return next();
    const problem = jsonShapeProblem(req.body, limits);
    if (!problem) return next();
    sendError(res, 400, problem.code, problem.message);
    return next(false);
  };
}

/** Route middleware: 415 unless the request says its body is JSON. */
export function requireJson(req: Request, res: Response, next: Next): void {
  if (req.is('application/json')) return next();
  sendError(res, 415, 'UnsupportedMediaType', 'Send the body as JSON with Content-Type: application/json.');
  return next(false);
}
