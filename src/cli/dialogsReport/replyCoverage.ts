import { Content, factAboutAnswerKey, factAnswerKey, factLabelKey, factSortAnswerKey, factUnknownKey } from '../../content/content';
import { COMMANDS } from '../../commands/list';
import { REQUIRED_REPLIES } from '../../createRapport';
import { BROADCAST_PREFIX } from '../../notify/broadcastRoute';

export interface ReplyCoverage {
  /** Reply keys the code asks for that content lacks (the bot refuses to start without them). */
  missing: string[];
  /** Reply keys in content that no intent, command, fact kind or code path asks for. */
  unreachable: string[];
}

/**
 * Reply keys the code builds from content rather than naming them: an event's follow-up
 * (`followUp.<kind>` for each `event.<kind>` list) and an intent's reply for an event kind
 * (`tellEvent.trip`, pipeline/stages/answerEveryday.ts), a command's optional examples in /help, and
 * the broadcasts an operator sends by name.
 */
function builtKeys(content: Content): (key: string) => boolean {
  const commandExamples = new Set(COMMANDS.map((command) => `command.${command.name}.examples`));
  return (key) => {
    if (commandExamples.has(key) || key.startsWith(BROADCAST_PREFIX)) return true;
    const [, prefix, event] = /^(.+)\.([^.]+)$/.exec(key) ?? [];
    return event !== undefined && content.lists.has(`event.${event}`) && (prefix === 'followUp' || content.intents.has(prefix));
  };
}

/** Which replies the bot can never say, and which it would ask for in vain. */
export function replyCoverage(content: Content, required: readonly string[] = REQUIRED_REPLIES): ReplyCoverage {
  const reached = new Set<string>(required);
  // An intent with a reply of its own is answered with it (pipeline/stages/chooseReplies.ts).
  for (const intent of content.intents.keys()) reached.add(intent);
  for (const kind of content.facts.keys()) for (const key of [factAnswerKey(kind), factLabelKey(kind), factSortAnswerKey(kind), factAboutAnswerKey(kind), factUnknownKey(kind)]) reached.add(key);
  const built = builtKeys(content);
  return {
    missing: [...new Set(required)].filter((key) => !content.replies.has(key)).sort(),
    unreachable: [...content.replies.keys()].filter((key) => !reached.has(key) && !built(key)).sort(),
  };
}
