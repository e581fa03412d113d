import { RapportBot } from './bot/rapportBot';
import { helpCommand } from './commands/list/help';
import { CommandRegistry } from './commands/registry';
import { Content, replyVariants } from './content/content';
import { createNameValidator, createRecognizer } from './nlu/createRecognizer';
import { Recognizer } from './nlu/recognizer';
import { createTurnRunner, TurnRunner } from './pipeline/runTurn';
import { ProfileRepository } from './profile/profileRepository';
import type { Storage } from 'botbuilder';
import { Clock } from './util/clock';
import { Random } from './util/random';

/** Replies the code refers to directly: content must define them or the bot refuses to start. */
export const REQUIRED_REPLIES = ['welcome.new', 'welcome.back', 'welcome.returning', 'greet', 'fallback', 'error.turn', 'error.tooLong', 'name.saved', 'name.changed', 'name.known', 'name.unknown', 'name.skipped', 'name.unclear', 'command.unknown', 'command.suggest', 'help.header', 'help.footer', 'help.command', 'help.unknownTopic'] as const;

export const COMMANDS = [helpCommand];

export interface RapportOptions {
  content: Content;
  storage: Storage;
  clock: Clock;
  random: Random;
  lapsedAfterDays: number;
  defaultTimeZone?: string;
  recognizer?: Recognizer;
}

export interface Rapport {
  bot: RapportBot;
  runTurn: TurnRunner;
  profiles: ProfileRepository;
  /** The apology sent when a turn fails, from content. */
  apology(): string;
}

/** Assembles the bot from its parts. Shared by the server, the terminal chat and the tests. */
export function createRapport(options: RapportOptions): Rapport {
  const { content, clock, random } = options;
  const profiles = new ProfileRepository(options.storage);
  const runTurn = createTurnRunner({
    content,
    profiles,
    recognizer: options.recognizer ?? createRecognizer(content),
    commands: new CommandRegistry(COMMANDS),
    clock,
    random,
    validateName: createNameValidator(content),
    lapsedAfterMs: options.lapsedAfterDays * 24 * 60 * 60 * 1000,
    defaultTimeZone: options.defaultTimeZone ?? 'UTC',
    maxTextLength: 4000,
  });
  const apologies = replyVariants(content, 'error.turn').map((variant) => variant.text);
  return {
    bot: new RapportBot(runTurn),
    runTurn,
    profiles,
    apology: () => apologies[Math.floor(random() * apologies.length)] ?? apologies[0],
  };
}
