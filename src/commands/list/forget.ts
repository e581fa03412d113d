import { CommandContext, Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';
import { answerButtons, answerOf } from '../confirmation';

/** A "yes" counts only soon after the question; an old question is asked again rather than acted on. */
export const CONFIRM_WITHIN_MS = 10 * 60 * 1000;

/**
 * `/forget` asks first; a "yes" on the next message erases everything kept about the user (the turn
 * deletes the profile instead of saving it), and "no" keeps it. `/forget yes` alone never erases.
 */
export const forgetCommand: Command = {
  name: 'forget',
  aliases: ['forgetme', 'erase', 'deleteme'],
  usage: '/forget',
  group: 'privacy',
  replies: ['forget.confirm', 'forget.done', 'forget.cancelled'],
  run(context): CommandResult {
    const { args, content } = context;
    if (args.length === 0) return ask(context);
    const answer = answerOf(args.join(' '), content);
    if (!answer) return usageOf(forgetCommand);
    if (answer === 'no') return { replies: [{ key: 'forget.cancelled' }], changes: [{ type: 'setPending', pending: undefined }] };
    if (!awaitingAnswer(context)) return ask(context);
    return { replies: [{ key: 'forget.done' }], erase: true };
  },
};

function ask({ content }: CommandContext): CommandResult {
  return {
    replies: [{ key: 'forget.confirm', suggestedActions: answerButtons(content, '/forget') }],
    changes: [{ type: 'setPending', pending: 'confirmForget' }],
  };
}

/** The question was asked on the user's last message, and not too long ago. */
function awaitingAnswer({ profile, now }: CommandContext): boolean {
  const lastSeen = profile.lifecycle.lastSeen ? Date.parse(profile.lifecycle.lastSeen) : Number.NaN;
  return profile.pending === 'confirmForget' && now.getTime() - lastSeen <= CONFIRM_WITHIN_MS;
}
