import { rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';
import { SWITCH_OFF, SWITCH_ON } from '../switchWords';

const ON = new Set([...SWITCH_ON, 'pause']);
const OFF = new Set([...SWITCH_OFF, 'resume']);

/** `/private on` pauses learning (nothing new kept, nothing learned used); `/private off` resumes it. */
export const privateCommand: Command = {
  name: 'private',
  aliases: ['privacy', 'incognito'],
  usage: '/private [on|off]',
  group: 'privacy',
  replies: ['private.on', 'private.off', 'private.already.on', 'private.already.off', 'private.status.on', 'private.status.off'],
  acceptsBare: (args) => args.length === 0 || (args.length === 1 && ['on', 'off'].includes(args[0].toLowerCase())),
  run({ args, profile }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    const paused = profile.explicit.learningPaused === true;
    if (args.length === 0) {
      return { replies: [{ key: paused ? 'private.status.on' : 'private.status.off', suggestedActions: [paused ? '/private off' : '/private on'] }] };
    }
    const word = args.join(' ').toLowerCase();
    if (ON.has(word)) return { replies: [{ key: paused ? 'private.already.on' : 'private.on' }], changes: [{ type: 'setLearningPaused', paused: true }] };
    if (OFF.has(word)) return { replies: [{ key: paused ? 'private.off' : 'private.already.off' }], changes: [{ type: 'setLearningPaused', paused: false }] };
    return usageOf(privateCommand, ['on', 'off']);
  },
};
