import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';

export const EXPORT_FILE_NAME = 'rapport-export.json';

/**
 * `/export` sends everything kept about the user as a JSON file. The profile is the single record kept
 * per user (settings, learned values, memory, facts, explanations), so exporting it exports everything.
 */
export const exportCommand: Command = {
  name: 'export',
  aliases: ['download'],
  usage: '/export',
  group: 'privacy',
  replies: ['export.ready'],
  showsPersonalData: true,
  run({ args, profile, now }): CommandResult {
    if (args.length > 0) return usageOf(exportCommand);
    const data = { format: 'rapport-export', version: 1, exportedAt: now.toISOString(), profile: structuredClone(profile) };
    return {
      replies: [{ key: 'export.ready', attachments: [{ contentType: 'application/json', name: EXPORT_FILE_NAME, content: data }] }],
    };
  },
};
