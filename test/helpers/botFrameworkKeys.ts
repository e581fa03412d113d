import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import http, { type Server } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';

/** Where both SDKs fetch the Bot Framework's OpenID metadata and signing keys. */
const KEYS_HOST = 'login.botframework.com';
const KEYS_PATH = '/v1/.well-known/keys';

export interface BotFrameworkClaims {
  aud: string;
  serviceurl?: string;
  iss?: string;
}

export interface FakeBotFrameworkKeys {
  /** A token as the Bot Framework service signs it for a channel's request. */
  token(claims: BotFrameworkClaims): string;
  /** A token with the same claims signed by a key the key set does not hold. */
  forgedToken(claims: BotFrameworkClaims): string;
  close(): Promise<void>;
}

/**
 * Stands in for login.botframework.com: both SDKs fetch its keys over `https.request` (botbuilder through
 * node-fetch, the Agents SDK through jwks-rsa); requests for that host go to a loopback server holding one
 * key of ours instead, so tests can sign tokens the SDKs accept. Every other request goes out unchanged.
 */
export async function fakeBotFrameworkKeys(): Promise<FakeBotFrameworkKeys> {
  const kid = 'rapport-test-key';
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const forger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' };
  const server: Server = http.createServer((req, res) => {
    const body = req.url === KEYS_PATH
      ? { keys: [jwk] }
      : { issuer: 'https://api.botframework.com', jwks_uri: `https://${KEYS_HOST}${KEYS_PATH}`, id_token_signing_alg_values_supported: ['RS256'] };
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  const original = https.request;
  const redirect = jest.spyOn(https, 'request').mockImplementation(((options: unknown, ...rest: unknown[]) => {
    const target = options as http.RequestOptions;
    if (typeof options === 'object' && !(options instanceof URL) && (target.hostname ?? target.host) === KEYS_HOST) {
      return http.request({ hostname: '127.0.0.1', port, path: target.path, method: target.method ?? 'GET', headers: target.headers }, rest[0] as (res: http.IncomingMessage) => void);
    }
    return (original as (...args: unknown[]) => http.ClientRequest)(options, ...rest);
  }) as typeof https.request);

  const signWith = (key: KeyObject, claims: BotFrameworkClaims) => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const unsigned = `${part({ alg: 'RS256', kid, typ: 'JWT' })}.${part({ iss: 'https://api.botframework.com', nbf: now - 60, iat: now - 60, exp: now + 3600, ...claims })}`;
    return `${unsigned}.${sign('sha256', Buffer.from(unsigned), key).toString('base64url')}`;
  };
  return {
    token: (claims) => signWith(privateKey, claims),
    forgedToken: (claims) => signWith(forger, claims),
    close: async () => {
      redirect.mockRestore();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
