import type { Command } from '../command';
import { exportCommand } from './export';
import { forgetCommand } from './forget';
import { helpCommand } from './help';
import { nameCommand } from './name';
import { notifyCommand } from './notify';
import { privateCommand } from './private';
import { profileCommand } from './profile';
import { resetCommand } from './reset';
import { timezoneCommand } from './timezone';
import { toneCommand } from './tone';
import { topicsCommand } from './topics';
import { whyCommand } from './why';

/**
 * Every slash command, in the order /help and the Teams menu list them. A new command is a file in this
 * folder (name, usage, the reply keys it asks for, `run`) and a line here; its replies go in dialogs/.
 */
export const COMMANDS: readonly Command[] = [toneCommand, topicsCommand, nameCommand, timezoneCommand, profileCommand, privateCommand, exportCommand, forgetCommand, resetCommand, whyCommand, notifyCommand, helpCommand];
