import fc from 'fast-check';

/**
 * Generators of hostile HTTP requests for every endpoint a client can reach. Each request is plain data
 * (method, path, headers, body text) so a failing case prints as something one can replay with curl.
 */
export interface HostileRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Every message text carries this, so the logs can be searched for any text that leaked into them. */
export const TEXT_MARKER = 'ZQXTEXT';

export interface FuzzTargets {
  privacyToken: string;
  notifyToken: string;
  slackSecret: string;
  /** Live Direct Line conversations (the fuzzer posts into them as their users and as others). */
  conversations: Array<{ conversationId: string; token: string; userId: string }>;
  /** Signs a Slack body as Slack would. */
  signSlack(timestamp: string, body: string): string;
}

const ACTIVITY_TYPES = ['message', 'conversationUpdate', 'contactRelationUpdate', 'typing', 'endOfConversation', 'event', 'invoke', 'deleteUserData', 'messageUpdate', 'messageDelete', 'installationUpdate', 'messageReaction', 'suggestion', 'trace', 'handoff', 'command', 'commandResult', 'invokeResponse'];
const DELIVERY_MODES = ['normal', 'notification', 'expectReplies', 'ephemeral'];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const PATH_LIKE = ['../../etc/passwd', '..\\..\\windows', 'users/emulator/victim', '%2e%2e%2f', '/', '\u0000', 'a/../../b', '*', 'notify/index/0', '.', 'CON', '\ud800', '\udfff\ud800', 'emulator', 'webchat', 'slack'];
const CHANNELS = ['emulator', 'msteams', 'webchat', 'slack', 'directline', 'test'];

const loneSurrogate = fc.constantFrom('\ud800', '\udc00', 'a\udbffb', '\udfff\ud800');
const hugeString = fc.constantFrom(1_000, 5_000, 50_000, 300_000).map((n) => 'x'.repeat(n));
const shortString = fc.string({ maxLength: 40, unit: 'binary' });

/** A value of any JSON type, prototype-looking keys included. */
const anyJson: fc.Arbitrary<unknown> = fc.jsonValue({ maxDepth: 4 }).chain((value) =>
  fc.oneof(
    fc.constant(value),
    fc.record({ key: fc.constantFrom(...PROTO_KEYS), inner: fc.jsonValue({ maxDepth: 2 }) }).map(({ key, inner }) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(inner)}}`) as unknown),
  ),
);

/** JSON text nested `levels` deep, as an object or array chain (built as text: no recursion anywhere). */
const deepJsonText = fc.record({ levels: fc.integer({ min: 50, max: 20_000 }), array: fc.boolean() }).map(({ levels, array }) => (array ? `${'['.repeat(levels)}1${']'.repeat(levels)}` : `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`));

/** Hostile and ordinary values for an id field. */
const idValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,20}$/) },
  { weight: 2, arbitrary: fc.constantFrom(...PATH_LIKE) },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 1, arbitrary: anyJson },
);

/** Message text: always marked, so a leak into the logs is found whatever the text looks like. */
const textValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(shortString, fc.constantFrom('call me Dana', '/forget', 'yes', '/export', '/profile', '/private', '/tone formal', '/notify on', 'I love astronomy', 'my name is {{name}}', '<script>alert(1)</script>', '${process.env}', '/reset')).map((text) => `${TEXT_MARKER} ${text}`) },
  { weight: 1, arbitrary: loneSurrogate.map((text) => `${TEXT_MARKER}${text}`) },
  { weight: 1, arbitrary: hugeString.map((text) => `${TEXT_MARKER}${text}`) },
  { weight: 1, arbitrary: anyJson },
);

const account = fc.oneof(
  { weight: 4, arbitrary: fc.record({ id: idValue, name: fc.option(shortString, { nil: undefined }) }, { requiredKeys: ['id'] }) },
  { weight: 1, arbitrary: anyJson },
);

const serviceUrl = fc.oneof(
  { weight: 5, arbitrary: fc.constant('http://127.0.0.1:9') },
  { weight: 1, arbitrary: fc.constantFrom('https://attacker.example.com', 'file:///etc/passwd', 'not a url', 'http://[::1]:9/', 'javascript:alert(1)') },
  { weight: 1, arbitrary: anyJson },
);

/** One field of an activity: usually a well-typed value, sometimes anything at all. */
function field<T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: anyJson }, { weight: 1, arbitrary: fc.constant(undefined) });
}

const activity = fc.record(
  {
    type: field(fc.oneof(fc.constantFrom(...ACTIVITY_TYPES), shortString)),
    id: field(idValue),
    channelId: field(fc.oneof(fc.constantFrom(...CHANNELS), idValue)),
    serviceUrl,
    from: account,
    recipient: field(account),
    conversation: field(fc.record({ id: idValue, isGroup: fc.option(fc.boolean(), { nil: undefined }), conversationType: fc.option(fc.constantFrom('personal', 'groupChat', 'channel'), { nil: undefined }) }, { requiredKeys: ['id'] })),
    text: field(textValue),
    locale: field(fc.oneof(fc.constantFrom('en-US', 'fr', 'xx-YY-ZZ-QQ'), shortString)),
    deliveryMode: field(fc.oneof(fc.constantFrom(...DELIVERY_MODES), shortString)),
    value: field(anyJson),
    name: field(fc.constantFrom('webchat/join', 'deleteUserData', 'composeExtension/query', 'adaptiveCard/action', 'signin/verifyState')),
    membersAdded: field(fc.array(account, { maxLength: 3 })),
    entities: field(fc.array(fc.record({ type: fc.constantFrom('mention', 'clientInfo', 'x'), text: textValue, mentioned: account }), { maxLength: 2 })),
    attachments: field(fc.array(fc.record({ contentType: fc.constantFrom('application/json', 'application/vnd.microsoft.card.adaptive', 'text/plain'), content: anyJson }), { maxLength: 2 })),
    channelData: field(anyJson),
  },
  { requiredKeys: ['type', 'channelId', 'serviceUrl', 'from', 'conversation'] },
);

/** The body as the wire carries it: JSON of a generated object, deep JSON spliced in, or not JSON at all. */
function bodyText(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: value.map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.tuple(value, deepJsonText).map(([v, deep]) => (JSON.stringify({ ...(typeof v === 'object' && v !== null ? v : {}), value: '__DEEP__' }) ?? '{}').replace('"__DEEP__"', deep)) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"type":', 'null', '[]', '"text"', '{"__proto__":{"polluted":true}}', `{"text":"${TEXT_MARKER} \\ud800"}`, '{"a":1,}') },
  );
}

/** A generated value as form text (String() would throw on an object whose own toString is not a function). */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

/** Percent-encoded; a lone surrogate (which encodeURIComponent refuses) as the raw bytes a hostile client would send. */
function pathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

const json = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', ...extra });
const contentType = fc.constantFrom('application/json', 'application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16');

export function hostileRequest(targets: FuzzTargets): fc.Arbitrary<HostileRequest> {
  const auth = (secret: string) => fc.oneof({ weight: 5, arbitrary: fc.constant(`Bearer ${secret}`) }, { weight: 1, arbitrary: fc.constantFrom('', 'Bearer', 'Bearer ' + 'x'.repeat(5000), `bearer ${secret}`, `Bearer ${secret} `, 'Basic abc') });

  const messages = fc.record({ body: bodyText(activity), type: contentType, authorization: fc.constantFrom('', 'Bearer x', 'Bearer eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJ4In0.c2ln') }).map(
    ({ body, type, authorization }): HostileRequest => ({ method: 'POST', path: '/api/messages', headers: { 'Content-Type': type, ...(authorization ? { Authorization: authorization } : {}) }, body }),
  );

  const conversation = fc.constantFrom(...targets.conversations);
  const directLineActivity = fc.record(
    { type: field(fc.constantFrom('message', 'event', 'typing', 'invoke')), text: field(textValue), from: fc.oneof(conversation.map((c) => ({ id: c.userId })), account), name: field(fc.constantFrom('webchat/join', 'x')), value: field(anyJson), locale: field(shortString), channelData: field(anyJson) },
    { requiredKeys: ['type', 'from'] },
  );
  const directLine = fc.oneof(
    fc.record({ c: conversation, body: bodyText(directLineActivity), type: contentType }).map(({ c, body, type }): HostileRequest => ({ method: 'POST', path: `/v3/directline/conversations/${c.conversationId}/activities`, headers: { 'Content-Type': type, Authorization: `Bearer ${c.token}` }, body })),
    fc.record({ c: conversation, watermark: fc.oneof(fc.nat().map(asText), fc.constantFrom('-1', '1e9', 'abc', '%00', '99999999999999999999', '')) }).map(({ c, watermark }): HostileRequest => ({ method: 'GET', path: `/v3/directline/conversations/${c.conversationId}/activities?watermark=${encodeURIComponent(watermark)}`, headers: { Authorization: `Bearer ${c.token}` } })),
    fc.record({ id: fc.constantFrom(...PATH_LIKE).map(pathSegment), c: conversation }).map(({ id, c }): HostileRequest => ({ method: 'GET', path: `/v3/directline/conversations/${id}`, headers: { Authorization: `Bearer ${c.token}` } })),
    fc.record({ path: fc.constantFrom('/v3/directline/tokens/generate', '/v3/directline/conversations', '/v3/directline/tokens/refresh'), body: bodyText(fc.record({ user: fc.record({ id: idValue }) })), token: fc.oneof(conversation.map((c) => c.token), fc.constantFrom('', 'x'.repeat(30), '../../x')) }).map(
      ({ path, body, token }): HostileRequest => ({ method: 'POST', path, headers: json(token ? { Authorization: `Bearer ${token}` } : {}), body }),
    ),
  );

  const slackForm = fc.record({
    team_id: fc.oneof(fc.constant('T1DC2JH3J'), idValue.map(asText)),
    user_id: fc.oneof(fc.constant('U2CERLKJA'), fc.stringMatching(/^U[A-Z0-9]{2,10}$/), idValue.map(asText)),
    channel_id: fc.oneof(fc.constant('C1234567'), idValue.map(asText)),
    command: fc.constantFrom('/rapport', '/tone', '/forget', '/export', '/x', 'rapport', '/' + 'a'.repeat(40)),
    text: textValue.map(asText),
    response_url: fc.constantFrom('https://hooks.slack.com/commands/T1/1/abc', 'https://evil.example.com/', 'http://127.0.0.1:9/'),
  });
  const slack = fc.record({ form: slackForm, skew: fc.constantFrom(0, 0, 0, -400, 10_000), signed: fc.boolean(), type: fc.constantFrom('application/x-www-form-urlencoded', 'application/x-www-form-urlencoded', 'application/json') }).map(({ form, skew, signed, type }): HostileRequest => {
    const body = new URLSearchParams([...Object.entries(form).map(([k, v]): [string, string] => [k, asText(v)]), ['__proto__', 'x'], ['constructor', 'y']]).toString();
    const timestamp = String(Math.floor(Date.now() / 1000) + skew);
    return { method: 'POST', path: '/api/slack/commands', headers: { 'Content-Type': type, 'X-Slack-Request-Timestamp': timestamp, 'X-Slack-Signature': signed ? targets.signSlack(timestamp, body) : 'v0=00' }, body };
  });

  const privacy = fc.record({ path: fc.constantFrom('/api/privacy/export', '/api/privacy/erase'), body: bodyText(fc.record({ channelId: fc.oneof(fc.constantFrom(...CHANNELS), idValue), userId: idValue, extra: fc.option(anyJson, { nil: undefined }) }, { requiredKeys: ['channelId', 'userId'] })), authorization: auth(targets.privacyToken) }).map(
    ({ path, body, authorization }): HostileRequest => ({ method: 'POST', path, headers: json({ Authorization: authorization }), body }),
  );

  const notify = fc.record({
    body: bodyText(fc.record({ id: field(idValue), segment: field(fc.record({ topic: field(idValue), stage: field(shortString), channel: field(fc.constantFrom(...CHANNELS)) })), messageKey: field(fc.oneof(fc.constantFrom('notify.broadcast.maintenance', 'notify.broadcast.x', 'name.saved', '__proto__'), shortString)), dryRun: field(fc.constant(true)) })),
    authorization: auth(targets.notifyToken),
  }).map(({ body, authorization }): HostileRequest => ({ method: 'POST', path: '/api/notify', headers: json({ Authorization: authorization }), body }));

  const elsewhere = fc.record({ method: fc.constantFrom('GET' as const, 'POST' as const), path: fc.constantFrom('/', '/healthz', '/webchat/page.js', '/api/messages', '/%2e%2e/etc/passwd', '/api/privacy/../messages', '/v3/directline/conversations/%ZZ', `/${'a'.repeat(3000)}`) }).map(({ method, path }): HostileRequest => ({ method, path, headers: {} }));

  return fc.oneof(
    { weight: 6, arbitrary: messages },
    { weight: 4, arbitrary: directLine },
    { weight: 2, arbitrary: slack },
    { weight: 2, arbitrary: privacy },
    { weight: 1, arbitrary: notify },
    { weight: 1, arbitrary: elsewhere },
  );
}
