import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import { Clock } from '../../util/clock';
import { Logger } from '../../util/logger';
import type { ConversationStore } from '../directLine/conversationStore';
import { registerDirectLine } from '../directLine/registerDirectLine';
import type { ActivityRunner } from '../../protocol/botEdge';
import { pageFile, webChatBundlePath } from './pageAssets';

export interface WebChatOptions {
  runActivity: ActivityRunner;
  clock: Clock;
  logger: Logger;
  /** Where the page's Direct Line conversations live (memory, or the database several instances share). */
  store: ConversationStore;
  /**
   * Development only: what is wrong with the dialogs/ files the running bot last tried to load (file:line),
   * shown on the page by polling GET /webchat/content-status. Absent: that route says it is not watching.
   */
  contentProblems?: () => string[];
  /** The writer's debug view under each reply (DEBUG_VIEW, never in production). */
  debugView?: boolean;
}

/** Nothing on the page comes from elsewhere; Web Chat styles itself with inline styles and renders images from data: URLs. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

interface Asset {
  body: Buffer;
  gzipped?: Buffer;
  type: string;
  maxAgeSeconds: number;
}

/** The built-in chat page at / and the Direct Line endpoint it talks to. */
export function registerWebChat(server: Server, options: WebChatOptions): ConversationStore {
  const { store } = options;
  registerDirectLine(server, { store, runActivity: options.runActivity, clock: options.clock, logger: options.logger, debugView: options.debugView === true });

  const assets: Record<string, () => Asset> = {
    '/': once(() => ({ body: readFileSync(pageFile('index.html')), type: 'text/html; charset=utf-8', maxAgeSeconds: 0 })),
    '/webchat/page.js': once(() => ({ body: readFileSync(pageFile('page.js')), type: 'text/javascript; charset=utf-8', maxAgeSeconds: 0 })),
    // 3.9 MB read and compressed on first use, then served from memory.
    '/webchat/webchat.js': once(() => withGzip({ body: readFileSync(webChatBundlePath()), type: 'text/javascript; charset=utf-8', maxAgeSeconds: 3600 })),
  };
  for (const [path, load] of Object.entries(assets)) {
    server.get(path, async (req, res) => sendAsset(req, res, load()));
  }
  // Always answered, so the page's first poll is not a 404 in its console: `watching: false` tells it to stop.
  const contentProblems = options.contentProblems;
  server.get('/webchat/content-status', async (_req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    res.json(200, contentProblems ? { watching: true, problems: contentProblems() } : { watching: false, problems: [] });
  });
  return store;
}

function sendAsset(req: Request, res: Response, asset: Asset): void {
  const gzip = asset.gzipped && /\bgzip\b/.test(req.header('accept-encoding') ?? '');
  const body = gzip && asset.gzipped ? asset.gzipped : asset.body;
  res.writeHead(200, {
    'Content-Type': asset.type,
    'Content-Length': body.length,
    'Cache-Control': asset.maxAgeSeconds > 0 ? `public, max-age=${asset.maxAgeSeconds}` : 'no-cache',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  res.end(body);
}

function withGzip(asset: Asset): Asset {
  return { ...asset, gzipped: gzipSync(asset.body) };
}

function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
