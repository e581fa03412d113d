import { verifySlackSignature } from '../../../src/channels/slack/verifySlackSignature';
import { SLACK_EXAMPLE, sign } from './slackExample';

const { signingSecret, timestamp, body, signature } = SLACK_EXAMPLE;
const at = (seconds: number) => new Date(seconds * 1000);
const sent = Number(timestamp);

describe('verifySlackSignature', () => {
  it("accepts Slack's documented example request and signature", () => {
    expect(sign(signingSecret, timestamp, body)).toBe(signature);
    expect(verifySlackSignature(signingSecret, { timestamp, signature, rawBody: body }, at(sent + 10))).toEqual({ ok: true });
  });

  it.each([
    ['a changed body', { timestamp, signature, rawBody: body.replace('user_id=U2CERLKJA', 'user_id=U0EVE0000') }, 'mismatch'],
    ['another secret', { timestamp, signature: sign('another-secret-of-some-length', timestamp, body), rawBody: body }, 'mismatch'],
    ['a changed timestamp', { timestamp: String(sent + 1), signature, rawBody: body }, 'mismatch'],
    ['a truncated signature', { timestamp, signature: signature.slice(0, 20), rawBody: body }, 'mismatch'],
    ['no signature', { timestamp, signature: undefined, rawBody: body }, 'missing'],
    ['no timestamp', { timestamp: undefined, signature, rawBody: body }, 'missing'],
    ['a timestamp that is not a number', { timestamp: '15314e6', signature, rawBody: body }, 'missing'],
  ])('rejects %s', (_label, request, reason) => {
    expect(verifySlackSignature(signingSecret, request, at(sent))).toEqual({ ok: false, reason });
  });

  it('rejects a request older than 5 minutes, and one from over 5 minutes in the future', () => {
    expect(verifySlackSignature(signingSecret, { timestamp, signature, rawBody: body }, at(sent + 300))).toEqual({ ok: true });
    expect(verifySlackSignature(signingSecret, { timestamp, signature, rawBody: body }, at(sent + 301))).toEqual({ ok: false, reason: 'stale' });
    expect(verifySlackSignature(signingSecret, { timestamp, signature, rawBody: body }, at(sent - 301))).toEqual({ ok: false, reason: 'stale' });
  });
});
