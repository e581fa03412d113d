import { z } from 'zod';
import { describeIssues } from '../../util/describeIssues';
import type { CommandLookup } from '../../commands/command';
import { TurnInput } from '../../pipeline/turn';

/** Slack's ids: upper-case letters and digits (team T…, user U…/W…, channel C…/D…/G…). */
const slackId = z.string().regex(/^[A-Z0-9]{2,32}$/, 'is not a Slack id');

/** The fields of a slash command request Rapport uses (Slack sends more; they are ignored). */
const slashCommandSchema = z.object({
  team_id: slackId,
  user_id: slackId,
  channel_id: slackId,
  command: z.string().regex(/^\/[\w-]{1,32}$/, 'is not a slash command'),
  text: z.string().max(4000).default(''),
  response_url: z
    .string()
    .max(500)
    .refine(isSlackResponseUrl, 'must be an https URL on hooks.slack.com'),
});

export type SlashCommand = z.infer<typeof slashCommandSchema>;

/** Only Slack's own hook host: a forged response_url must not make the bot post anywhere else. */
export function isSlackResponseUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' && url.hostname === 'hooks.slack.com' && url.port === '' && url.username === '' && url.password === '';
}

/** Parses the raw form body; problems are returned as one readable line. */
export function parseSlashCommand(rawBody: string): { ok: true; command: SlashCommand } | { ok: false; problem: string } {
  const form = Object.fromEntries(new URLSearchParams(rawBody));
  const parsed = slashCommandSchema.safeParse(form);
  if (parsed.success) return { ok: true, command: parsed.data };
  return { ok: false, problem: describeIssues(parsed.error, 'command') };
}

/**
 * The turn for a slash command, as the Azure Bot Service Slack channel would identify the user
 * (from.id `USER:TEAM`, channel "slack"), so commands and chat share one profile.
 * `/tone formal` (a command registered in Slack under its own name) and `/rapport tone formal`
 * (one umbrella command) both become `/tone formal`; `/rapport` alone is `/help`, and
 * `/rapport what's my name?` is an ordinary message.
 */
export function toTurnInput(command: SlashCommand, registry: CommandLookup): TurnInput {
  const slashName = command.command.slice(1).toLowerCase();
  const text = command.text.trim();
  const firstWord = text.replace(/^\//, '').split(/\s+/)[0] ?? '';
  let turnText: string;
  if (registry.find(slashName)) turnText = `/${slashName}${text ? ` ${text}` : ''}`;
  else if (text === '') turnText = '/help';
  else if (registry.find(firstWord)) turnText = `/${text.replace(/^\//, '')}`;
  else turnText = text;
  return {
    kind: 'message',
    channelId: 'slack',
    userId: `${command.user_id}:${command.team_id}`,
    conversationId: `${command.team_id}:${command.channel_id}`,
    text: turnText,
  };
}

/** Slack's mrkdwn treats <, > and & as markup; the bot's text (which may quote the user) must show as typed. */
export function escapeForSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
