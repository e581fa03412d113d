import { Content } from '../../content/content';
import { validateName } from '../../nlu/validateName';
import { notNameWords } from '../../content/notNameWords';
import { displayName } from '../../profile/userProfile';
import { rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { reply } from '../commandReplies';

/** `/name Dana` sets the name to use, over anything learned; `/name` says which name is used. */
export const nameCommand: Command = {
  name: 'name',
  aliases: ['callme'],
  usage: '/name [NAME]',
  group: 'personalize',
  replies: ['name.saved', 'name.changed', 'name.known', 'name.unknown', 'name.invalid'],
  // No bare form: "name three fruits" is a request, not a name. "call me Dana" is the plain-words way.
  run({ args, profile, content }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    const current = displayName(profile);
    if (args.length === 0) return current ? reply('name.known', { name: current }) : reply('name.unknown');
    const name = tidyName(args.join(' '), content);
    if (!name) return reply('name.invalid');
    return {
      replies: [{ key: current ? 'name.changed' : 'name.saved', values: { name } }],
      changes: [{ type: 'setName', name, source: 'explicit' }],
    };
  },
};

/** The same check as a name said in a sentence ("call me Dana"): letters only, and not a word like "tired". */
function tidyName(typed: string, content: Content): string | undefined {
  return validateName(typed, notNameWords(content));
}
