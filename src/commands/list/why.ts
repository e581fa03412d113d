import { Command, CommandResult } from '../command';
import { Explanation } from '../../vocabulary/explanation';
import { ReplyRequest } from '../../vocabulary/reply';
import type { Content } from '../../content/content';
import { MemoryTurn } from '../../profile/userProfile';
import { TONE_NAME_REPLIES } from '../toneChoice';
import { REASON_KINDS } from '../../vocabulary/explanation';
import { TONE_SOURCES } from '../../vocabulary/tones';

/** `/why` explains the last reply: what was understood, which tone and why, what was used, why an item. */
export const whyCommand: Command = {
  name: 'why',
  aliases: ['explain'],
  usage: '/why',
  group: 'help',
  replies: ['why.nothing', 'why.command', 'why.feedback', 'why.notUnderstood', 'why.intent', 'why.matched', 'why.used', ...TONE_NAME_REPLIES, ...TONE_SOURCES.map((source) => `why.tone.${source}`), ...REASON_KINDS.map((kind) => `why.reason.${kind}`)],
  showsPersonalData: true,
  acceptsBare: (args) => args.length === 0,
  run({ profile, content }): CommandResult {
    const last = lastExplained(profile.memory.turns);
    if (!last?.explanation) return { replies: [{ key: 'why.nothing' }] };
    return { replies: explanationReplies(last.explanation, content) };
  },
};

/** The most recent turn that was not itself a /why. */
function lastExplained(turns: readonly MemoryTurn[]): MemoryTurn | undefined {
  for (let i = turns.length - 1; i >= 0; i--) {
    if (turns[i].explanation && turns[i].intent !== '/why') return turns[i];
  }
  return undefined;
}

/** One line per fact about the reply, each a content key so writers control the wording. */
export function explanationReplies(explanation: Explanation, content?: Content): ReplyRequest[] {
  const lines: ReplyRequest[] = [];
  if (explanation.intent.startsWith('/')) lines.push({ key: 'why.command', values: { command: explanation.intent } });
  else if (explanation.intent.startsWith('feedback:')) lines.push({ key: 'why.feedback' });
  else if (explanation.intent === 'none') lines.push({ key: 'why.notUnderstood' });
  else lines.push({ key: 'why.intent', values: { intent: explanation.intent, confidence: Math.round(explanation.confidence * 100) } });
  lines.push({ key: `why.tone.${explanation.toneSource}`, values: { tone: { key: `tone.name.${explanation.tone}` } }, append: true });
  if (explanation.matched.length > 0) lines.push({ key: 'why.matched', values: { conditions: explanation.matched.join(', ') }, append: true });
  // Values named in the user's words: a fact kind by its label ("your pets"), not its key ("petKind").
  const label = (key: string) => content?.facts.get(key)?.label ?? content?.facts.get(key.replace(/Kind$/, ''))?.label ?? key;
  const used = [...new Set(explanation.used.map(label))];
  if (used.length > 0) lines.push({ key: 'why.used', values: { values: used.join(', ') }, append: true });
  const facts = [...new Set((explanation.facts ?? []).map(label))];
  if (facts.length > 0) lines.push({ key: 'why.facts', values: { facts: new Intl.ListFormat('en', { type: 'conjunction' }).format(facts) }, append: true });
  for (const reason of explanation.recommendation?.reasons ?? []) {
    lines.push({ key: `why.reason.${reason.kind}`, values: { label: reason.label, weight: reason.weight.toFixed(1) }, append: true });
  }
  return lines;
}
