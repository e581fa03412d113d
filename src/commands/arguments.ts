import { CommandResult } from './command';

/** Longer than any name, topic, zone or city: a longer argument is pasted text, not a setting. */
export const MAX_ARGUMENT_LENGTH = 80;

export const ARGUMENT_PROBLEMS = ['tooLong', 'control', 'template', 'reserved', 'markup'] as const;
export type ArgumentProblem = (typeof ARGUMENT_PROBLEMS)[number];

const CONTROL = /[\p{Cc}\p{Cf}]/u;
/** Mustache, JS template literals, ERB/EJS and Jinja: none of it is ever rendered, but it is never a value either. */
const TEMPLATE = /\{\{|\}\}|\$\{|<%|%>|\{%|%\}/;
/** HTML, Markdown links and emphasis, code spans, entities: channels would render them if echoed back. */
const MARKUP = /[<>[\]`*\\|]|\]\(|&#?\w+;/;
/** Keys that reach into an object's prototype if a value were ever used as a key. */
const RESERVED = /(?:^|[^\p{L}\p{N}_$])(?:__\w*__|constructor|prototype|hasownproperty|isprototypeof|tostring|valueof)(?:$|[^\p{L}\p{N}_$])/iu;

/** What makes a typed argument unusable as a setting, checked before any lookup; undefined when fine. */
export function argumentProblem(text: string): ArgumentProblem | undefined {
  if (text.length > MAX_ARGUMENT_LENGTH) return 'tooLong';
  if (CONTROL.test(text)) return 'control';
  if (TEMPLATE.test(text)) return 'template';
  if (RESERVED.test(text)) return 'reserved';
  if (MARKUP.test(text)) return 'markup';
  return undefined;
}

/** A clear "that can't be used" reply for hostile arguments; undefined when the arguments are fine. */
export function rejectHostile(args: readonly string[]): CommandResult | undefined {
  const problem = argumentProblem(args.join(' '));
  if (!problem) return undefined;
  return { replies: [{ key: `argument.${problem}`, values: { max: MAX_ARGUMENT_LENGTH } }] };
}

// No dots or colons: nothing echoed can turn into a link.
const ECHOABLE = /^[\p{L}\p{N}][\p{L}\p{N} '’_/+-]{0,39}$/u;

/**
 * Whether a typed value may be quoted back to the user. Replies are rendered as Markdown by Web Chat
 * and Teams, so only plain words are echoed; anything else gets a reply that does not repeat it.
 */
export function echoable(text: string): boolean {
  return ECHOABLE.test(text) && argumentProblem(text) === undefined;
}
