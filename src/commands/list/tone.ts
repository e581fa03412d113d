import { moodOf, chooseTone } from '../../personalization/replyContext';
import { rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';
import { parseToneChoice, TONE_CHOICES } from '../toneChoice';
import { UserProfile } from '../../profile/userProfile';
import { TONE_SOURCES } from '../../vocabulary/tones';
import { TONE_NAME_REPLIES } from '../toneChoice';

/** `/tone formal` sets the tone of every reply; `/tone auto` goes back to the learned one; `/tone` says which is used and why. */
export const toneCommand: Command = {
  name: 'tone',
  aliases: ['style'],
  usage: '/tone [friendly|formal|concise|playful|auto]',
  group: 'personalize',
  replies: ['tone.set', 'tone.auto', ...TONE_NAME_REPLIES, ...TONE_SOURCES.map((source) => `tone.current.${source}`)],
  // "tone" alone is what Teams sends from its command menu; "tone formal" when the user adds a choice.
  acceptsBare: (args, content) => args.length === 0 || (rejectHostile(args) === undefined && parseToneChoice(args.join(' '), content) !== undefined),
  run({ args, profile, content }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    if (args.length === 0) return currentTone(profile);
    const choice = parseToneChoice(args.join(' '), content);
    if (!choice) return usageOf(toneCommand, TONE_CHOICES);
    if (choice === 'auto') {
      return { replies: [{ key: 'tone.auto' }], changes: [{ type: 'setTone', tone: undefined }] };
    }
    return { replies: [{ key: 'tone.set', values: { tone: { key: `tone.name.${choice}` } } }], changes: [{ type: 'setTone', tone: choice }] };
  },
};

function currentTone(profile: UserProfile): CommandResult {
  const { tone, source } = chooseTone(profile, moodOf(profile));
  return {
    replies: [
      {
        key: `tone.current.${source}`,
        values: { tone: { key: `tone.name.${tone}` } },
        suggestedActions: TONE_CHOICES.map((choice) => `/tone ${choice}`),
      },
    ],
  };
}
