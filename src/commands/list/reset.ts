import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';

/** `/reset` puts the settings back to defaults and keeps what was learned (and the name), and says so. */
export const resetCommand: Command = {
  name: 'reset',
  aliases: ['defaults'],
  usage: '/reset',
  group: 'privacy',
  replies: ['reset.done', 'reset.nothing'],
  run({ args, profile }): CommandResult {
    if (args.length > 0) return usageOf(resetCommand);
    const changed = Object.entries(profile.explicit).some(([setting, value]) => setting !== 'name' && value !== undefined);
    if (!changed) return { replies: [{ key: 'reset.nothing' }] };
    return { replies: [{ key: 'reset.done' }], changes: [{ type: 'resetSettings' }] };
  },
};
