import { createHmac } from 'node:crypto';

/**
 * The example from Slack's "Verifying requests from Slack" documentation: signing secret, timestamp,
 * a slash command body and the signature Slack computed for them.
 */
export const SLACK_EXAMPLE = {
  signingSecret: '8f742231b10e8888abcd99yyyzzz85a5',
  timestamp: '1531420618',
  body: 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c',
  signature: 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503',
} as const;

export function sign(secret: string, timestamp: string, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** A slash command body like Slack's, for the example's team, user and channel. */
export function commandBody(command: string, text: string, responseUrl = 'https://hooks.slack.com/commands/T1DC2JH3J/1/abc'): string {
  return new URLSearchParams({ token: 'x', team_id: 'T1DC2JH3J', team_domain: 'testteamnow', channel_id: 'G8PSS9T3V', user_id: 'U2CERLKJA', user_name: 'roadrunner', command, text, response_url: responseUrl, trigger_id: '1.2.3' }).toString();
}

export function postCommand(url: string, body: string, headers: Record<string, string>): Promise<Response> {
  return fetch(`${url}/api/slack/commands`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers }, body });
}
