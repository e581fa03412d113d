import { setTimeout as sleep } from 'node:timers/promises';
import type { Request, Server } from 'restify';
import type { CommandLookup } from '../../commands/command';
import { TurnResult, TurnRunner } from '../../pipeline/runTurn';
import { sendError } from '../../server/httpErrors';
import { Clock } from '../../util/clock';
import { Logger, safeError } from '../../util/logger';
import { escapeForSlack, parseSlashCommand, toTurnInput } from './slashCommand';
import { ReplayGuard } from './replayGuard';
import { verifySlackSignature } from './verifySlackSignature';

/** A message for Slack's response_url (or the HTTP answer): ephemeral, seen only by the user who typed the command. */
export interface SlackMessage {
  response_type: 'ephemeral';
  text: string;
}

export type SlackPoster = (responseUrl: string, message: SlackMessage) => Promise<void>;

export interface SlackCommandOptions {
  /** Without it the endpoint answers 404: Slack is not set up. */
  signingSecret: string;
  runTurn: TurnRunner;
  /** The bot's command registry: which names are commands (`/tone formal` vs `/rapport what's my name?`). */
  commands: CommandLookup;
  apology(): string;
  clock: Clock;
  logger: Logger;
  /** Slack gives up after 3 s; a turn not finished by then is answered through response_url. */
  answerWithinMs?: number;
  postToSlack?: SlackPoster;
}

export const SLACK_COMMANDS_PATH = '/api/slack/commands';
const DEFAULT_ANSWER_WITHIN_MS = 2000;

/** Slack slash commands (`/rapport tone formal`, `/tone formal`), verified with Slack's request signature. */
export function registerSlackCommands(server: Server, options: SlackCommandOptions): void {
  const post = options.postToSlack ?? postWithFetch;
  const answerWithinMs = options.answerWithinMs ?? DEFAULT_ANSWER_WITHIN_MS;
  const replays = new ReplayGuard();

  server.post(SLACK_COMMANDS_PATH, async (req, res) => {
    if (!options.signingSecret) return sendError(res, 404, 'SlackDisabled', 'Slack commands are off: set SLACK_SIGNING_SECRET to turn them on.');
    if (!req.is('application/x-www-form-urlencoded')) return sendError(res, 415, 'UnsupportedMediaType', 'Slack sends slash commands as application/x-www-form-urlencoded.');
    const rawBody = rawBodyOf(req);
    if (rawBody === undefined) return sendError(res, 400, 'InvalidRequest', 'The request has no body.');
    const check = verifySlackSignature(
      options.signingSecret,
      { timestamp: req.header('x-slack-request-timestamp') || undefined, signature: req.header('x-slack-signature') || undefined, rawBody },
      options.clock.now(),
    );
    if (!check.ok) {
      options.logger.warn({ code: 'SLACK_SIGNATURE_REJECTED', reason: check.reason }, 'slack request rejected');
      return sendError(res, 401, 'InvalidSignature', `The Slack signature is ${check.reason === 'stale' ? 'too old (over 5 minutes)' : check.reason === 'missing' ? 'missing' : 'wrong'}.`);
    }
    if (!replays.firstTime(req.header('x-slack-signature'), Number(req.header('x-slack-request-timestamp')), options.clock.now())) {
      options.logger.warn({ code: 'SLACK_REPLAY_REJECTED' }, 'slack request replayed');
      return sendError(res, 409, 'ReplayedRequest', 'This signed request was already received; Slack never sends one twice.');
    }
    const parsed = parseSlashCommand(rawBody);
    if (!parsed.ok) return sendError(res, 400, 'InvalidCommand', parsed.problem);
    const { command } = parsed;

    const input = toTurnInput(command, options.commands);
    const turn = options.runTurn(input).then(
      async (result) => toSlackMessage(result, () => options.runTurn({ ...input, kind: 'notice', notice: 'export.tooLargeForSlack' })),
      (err: Error) => {
        options.logger.error({ code: 'TURN_FAILED', channel: 'slack', err: safeError(err) }, 'slack command failed');
        return { response_type: 'ephemeral' as const, text: escapeForSlack(options.apology()) };
      },
    );
    const early = await Promise.race([turn, sleep(answerWithinMs, undefined, { ref: false }).then(() => undefined)]);
    if (early) {
      res.send(200, early);
      return;
    }
    // Acknowledge now with an empty 200 (Slack shows nothing), and send the answer when it is ready.
    res.send(200);
    const late = await turn;
    await post(command.response_url, late).catch((err: Error) =>
      options.logger.error({ code: 'SLACK_POST_FAILED', err: safeError(err) }, 'could not post to response_url'),
    );
  });
}

/** Slack cuts a message after 40,000 characters; a file longer than this is not shown inline. */
const MAX_INLINE_FILE = 35_000;

/**
 * The replies as one ephemeral message. A slash command's answer cannot carry a file, so a JSON file
 * (the /export) is shown inline as a code block, which the user can copy; one too long for a Slack
 * message gets `tooLarge`'s reply instead.
 */
export async function toSlackMessage(result: TurnResult, tooLarge: () => Promise<TurnResult>): Promise<SlackMessage> {
  const parts: string[] = [];
  for (const reply of result.replies) {
    parts.push(escapeForSlack(reply.text));
    for (const attachment of reply.attachments ?? []) {
      if (attachment.contentType !== 'application/json') continue;
      const json = JSON.stringify(attachment.content, null, 2);
      if (json.length <= MAX_INLINE_FILE) parts.push(`\`\`\`${escapeForSlack(json)}\`\`\``);
      else parts.push(...(await tooLarge()).replies.map((notice) => escapeForSlack(notice.text)));
    }
  }
  return { response_type: 'ephemeral', text: parts.join('\n\n') };
}

/**
 * restify's bodyParser keeps the exact text of a form body in `rawBody` (and parses it into `body`
 * with qs, which we do not use: the signature is over the raw text and the form is parsed with URLSearchParams).
 */
function rawBodyOf(req: Request): string | undefined {
  const raw: unknown = req.rawBody;
  if (typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  return undefined;
}

async function postWithFetch(responseUrl: string, message: SlackMessage): Promise<void> {
  const res = await fetch(responseUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(message),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`response_url answered ${res.status}`);
}
