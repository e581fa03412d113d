import { z } from 'zod';
import type { Command } from '../../commands/command';

/** Teams' limits for a bot's command menu (manifest schema: commandLists). */
export const TEAMS_LIMITS = { commandsPerList: 10, titleChars: 32, descriptionChars: 128 } as const;

const guid = z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a GUID (the Application (client) ID of the Azure Bot)');
const httpsUrl = z.string().url().refine((url) => url.startsWith('https://'), 'must be an https URL');

/** What the package needs from the environment; every problem is reported at once. */
const packageEnvSchema = z.object({
  MicrosoftAppId: guid,
  TEAMS_APP_ID: guid.optional(),
  TEAMS_WEBSITE_URL: httpsUrl,
  TEAMS_PRIVACY_URL: httpsUrl.optional(),
  TEAMS_TERMS_URL: httpsUrl.optional(),
});

export interface ManifestValues {
  BOT_ID: string;
  TEAMS_APP_ID: string;
  VERSION: string;
  WEBSITE_URL: string;
  PRIVACY_URL: string;
  TERMS_URL: string;
}

export interface TeamsCommand {
  title: string;
  description: string;
}

/** Reads the package settings; throws one error listing every missing or invalid variable. */
export function manifestValues(env: Record<string, string | undefined>, version: string): ManifestValues {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = packageEnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${/received undefined$/.test(issue.message) ? 'is required' : issue.message}`);
    throw new Error(`Cannot build the Teams package:\n${problems.join('\n')}`);
  }
  const e = parsed.data;
  return {
    BOT_ID: e.MicrosoftAppId,
    // The Teams app id may be the bot's own id; a separate one lets you publish several apps for one bot.
    TEAMS_APP_ID: e.TEAMS_APP_ID ?? e.MicrosoftAppId,
    VERSION: version,
    WEBSITE_URL: e.TEAMS_WEBSITE_URL,
    PRIVACY_URL: e.TEAMS_PRIVACY_URL ?? e.TEAMS_WEBSITE_URL,
    TERMS_URL: e.TEAMS_TERMS_URL ?? e.TEAMS_WEBSITE_URL,
  };
}

/**
 * The commands the menu shows: all of them in /help's order when they fit in Teams' ten; otherwise
 * the first nine and /help, which lists the rest.
 */
export function menuCommands(commands: readonly Command[]): Command[] {
  if (commands.length <= TEAMS_LIMITS.commandsPerList) return [...commands];
  const help = commands.find((command) => command.name === 'help');
  const room = TEAMS_LIMITS.commandsPerList - (help ? 1 : 0);
  const chosen = commands.filter((command) => command !== help).slice(0, room);
  return commands.filter((command) => chosen.includes(command) || command === help);
}

/**
 * The command menu from the registry. A command that understands its bare name ("tone formal",
 * which is what Teams sends when the menu is used) is listed bare, the others with their slash,
 * so every entry works when picked.
 */
export function teamsCommands(commands: readonly Command[], describe: (command: Command) => string): TeamsCommand[] {
  return menuCommands(commands).map((command) => {
    const title = command.acceptsBare ? command.name : `/${command.name}`;
    if (title.length > TEAMS_LIMITS.titleChars) throw new Error(`Command title "${title}" is longer than Teams' ${TEAMS_LIMITS.titleChars} characters.`);
    return { title, description: shorten(describe(command), TEAMS_LIMITS.descriptionChars) };
  });
}

/** Fills `{{NAME}}` placeholders in every string of the template and sets the bot's command lists. */
export function buildManifest(template: unknown, values: ManifestValues, commands: TeamsCommand[]): Record<string, unknown> {
  const filled = fill(template, values);
  if (!isRecord(filled) || !Array.isArray(filled.bots) || !isRecord(filled.bots[0])) {
    throw new Error('manifest.template.json must be an object with a "bots" list');
  }
  filled.bots[0].commandLists = [{ scopes: filled.bots[0].scopes ?? ['personal'], commands }];
  return filled;
}

function fill(node: unknown, values: ManifestValues): unknown {
  const table = new Map<string, string>(Object.entries(values));
  const visit = (value: unknown): unknown => {
    if (typeof value === 'string') return value.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => table.get(name) ?? whole);
    if (Array.isArray(value)) return value.map(visit);
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, visit(item)]));
    return value;
  };
  return visit(node);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cuts at a word boundary and marks the cut, so Teams' limit never rejects the package. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
