import { Command, CommandResult } from '../command';
import { Explanation } from '../../vocabulary/explanation';
import { ReplyRequest } from '../../vocabulary/reply';
import type { Content } from '../../content/content';
import { MemoryTurn } from '../../profile/userProfile';
import { TONE_NAME_REPLIES } from '../toneChoice';
import { REASON_KINDS } from '../../vocabulary/explanation';
import { TONE_SOURCES } from '../../vocabulary/tones';
import { STAGES } from '../../vocabulary/stages';
import { MOODS } from '../../vocabulary/moods';
import { TIMES_OF_DAY } from '../../vocabulary/timesOfDay';

/** The conditions a reply's wording can depend on, each said in a user's words (`why.condition.<name>.<value>`). */
const CONDITION_REPLIES = [...STAGES.map((stage) => `why.condition.stage.${stage}`), ...MOODS.map((mood) => `why.condition.mood.${mood}`), ...TIMES_OF_DAY.map((time) => `why.condition.timeOfDay.${time}`), 'why.condition.channel'];

/** `/why` explains the last reply: what was understood, which tone and why, what was used, why an item. */
export const whyCommand: Command = {
  name: 'why',
  aliases: ['explain'],
  usage: '/why',
  group: 'help',
  replies: ['why.nothing', 'why.command', 'why.feedback', 'why.notUnderstood', 'why.intent', 'why.matched', ...CONDITION_REPLIES, 'why.used', ...TONE_NAME_REPLIES, ...TONE_SOURCES.map((source) => `why.tone.${source}`), ...REASON_KINDS.map((kind) => `why.reason.${kind}`)],
  showsPersonalData: true,
  acceptsBare: (args) => args.length === 0,
  run({ profile, content }): CommandResult {
    const last = lastExplained(profile.memory.turns);
    if (!last?.explanation) return { replies: [{ key: 'why.nothing' }] };
    return { replies: explanationReplies(last.explanation, content) };
  },
};

/**
 * A wording condition that held ("timeOfDay=morning"), as a line in the user's words ("• it's morning where
 * you are"). What a variant needed to know (`known=`) is said by the line about what was used.
 */
function conditionReply(condition: string): ReplyRequest[] {
  const [name, value = ''] = condition.split('=');
  if (name === 'channel') return [{ key: 'why.condition.channel', values: { channel: value }, append: true }];
  const key = `why.condition.${name}.${value}`;
  return CONDITION_REPLIES.includes(key) ? [{ key, append: true }] : [];
}

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
  const conditions = explanation.matched.flatMap(conditionReply);
  if (conditions.length > 0) lines.push({ key: 'why.matched', append: true }, ...conditions);
  // Values named in the user's words: `why.value.<name>` ("your name"), a fact kind by its label ("your pets"), not its key ("petKind").
  const label = (key: string) => content?.lists.get(`why.value.${key}`)?.[0] ?? content?.facts.get(key)?.label ?? content?.facts.get(key.replace(/Kind$/, ''))?.label ?? key;
  const used = [...new Set(explanation.used.map(label))];
  if (used.length > 0) lines.push({ key: 'why.used', values: { values: used.join(', ') }, append: true });
  const facts = [...new Set((explanation.facts ?? []).map(label))];
  if (facts.length > 0) lines.push({ key: 'why.facts', values: { facts: new Intl.ListFormat('en', { type: 'conjunction' }).format(facts) }, append: true });
  for (const reason of explanation.recommendation?.reasons ?? []) {
    lines.push({ key: `why.reason.${reason.kind}`, values: { label: reason.label, weight: reason.weight.toFixed(1) }, append: true });
  }
  return lines;
}
