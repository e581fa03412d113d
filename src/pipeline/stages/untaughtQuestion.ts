import { contentList, type Content } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { isPunctuation, tokenize } from '../../personalization/memory/tokens';
import type { TurnDependencies } from '../turn';

/**
 * Whether a message asks by a question word that no example of the intent it was read as opens with: "what joke
 * bombed?" read as asking for a joke, "where's the BA course" as a yes, "whose bf shouts answers" as asking for
 * shorter replies. The model learned the intent from requests and statements ("tell me a joke", "be more concise"),
 * so a question put so asks something else: the person's own things, never a setting to change. Phrases that
 * suggest or ask how to have it done (`memoryRequestOpeners`: "how about a joke?", "how do I stop notifications?")
 * open no question.
 */
export function untaughtQuestion(intent: string, text: string, deps: TurnDependencies): boolean {
  const opener = questionOpener(text, deps.content);
  if (opener === undefined) return false;
  const examples = deps.content.intents.get(intent)?.examples;
  if (!examples || examples.length === 0) return false;
  return !taughtOpeners(intent, examples, deps.content).has(opener);
}

/** The question word a message opens with after fillers, without its "s" ("whats", "who's": what, who); none for a suggestion or a request. */
function questionOpener(text: string, content: Content): string | undefined {
  const openers = noteLexicon(content).toldAskOpeners;
  const fillers = memoryLexicon(content).fillers;
  const words = tokenize(text, memoryLexicon(content).contractedIs).filter((token) => !isPunctuation(token)).map((token) => token.norm.replace(/['’]/g, ''));
  const start = words.findIndex((word) => !fillers.has(word));
  const first = words[start];
  if (first === undefined || !openers.has(first)) return undefined;
  const opening = words.slice(start).join(' ');
  if (contentList(content, 'memoryRequestOpeners').some((phrase) => opening === phrase || opening.startsWith(`${phrase} `))) return undefined;
  return first.endsWith('s') && openers.has(first.slice(0, -1)) ? first.slice(0, -1) : first;
}

/** The question words an intent's examples open with, once per content. */
const TAUGHT = new WeakMap<Content, Map<string, ReadonlySet<string>>>();

function taughtOpeners(intent: string, examples: readonly string[], content: Content): ReadonlySet<string> {
  const byIntent = TAUGHT.get(content) ?? new Map<string, ReadonlySet<string>>();
  TAUGHT.set(content, byIntent);
  const known = byIntent.get(intent);
  if (known) return known;
  const openers = new Set(examples.map((example) => questionOpener(example, content)).filter((opener): opener is string => opener !== undefined));
  byIntent.set(intent, openers);
  return openers;
}
