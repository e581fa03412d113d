import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * The project folder: the nearest one up from here with a package.json. The same code runs from src/
 * (tests) and from dist/src/ (npm start), so a fixed number of `..` would be wrong in one of them.
 */
export function projectRoot(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`No package.json above ${from}`);
  }
}

/** A file of the chat page (public/). */
export function pageFile(name: 'index.html' | 'page.js'): string {
  return join(projectRoot(), 'public', name);
}

/**
 * Web Chat's browser bundle from the installed package. Its exports map blocks
 * require.resolve('botframework-webchat/dist/webchat.js'), so resolve the package and walk to dist/.
 */
export function webChatBundlePath(): string {
  const main = require.resolve('botframework-webchat');
  const path = join(dirname(main), '..', 'dist', 'webchat.js');
  if (!existsSync(path)) throw new Error(`botframework-webchat's bundle is not at ${path}; run npm ci`);
  return path;
}

/** Where to open the chat page, for the start-up line: "localhost" for a server on every interface or on loopback. */
export function chatPageUrl(address: Pick<AddressInfo, 'address' | 'family' | 'port'>): string {
  const local = ['0.0.0.0', '::', '127.0.0.1', '::1'].includes(address.address);
  const host = local ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}/`;
}
