import { Content } from '../../content/content';
import { matchTopic, topicNames } from '../../content/topics';
import { ProfileChange } from '../../profile/profileChanges';
import { UserProfile } from '../../profile/userProfile';
import { ReplyRequest } from '../../vocabulary/reply';
import { echoable, rejectHostile } from '../arguments';
import { Command, CommandResult } from '../command';
import { usageOf } from '../commandReplies';

type TopicAction = 'add' | 'remove' | 'clear';

/** The verbs people use for each action; the first is the one shown in the usage. */
const VERBS: ReadonlyMap<string, TopicAction> = new Map([
  ['add', 'add'],
  ['follow', 'add'],
  ['more', 'add'],
  ['remove', 'remove'],
  ['rm', 'remove'],
  ['delete', 'remove'],
  ['block', 'remove'],
  ['drop', 'remove'],
  ['less', 'remove'],
  ['clear', 'clear'],
  ['reset', 'clear'],
]);

/** Several topics at once: "add cooking, travel and music". */
const LIST_SEPARATOR = /\s*(?:,|;|\band\b|&)\s*/iu;

/** `/topics` shows the chosen and removed topics; `add X`, `remove X` and `clear` change them. */
export const topicsCommand: Command = {
  name: 'topics',
  aliases: ['topic', 'interests'],
  usage: '/topics [add TOPIC | remove TOPIC | clear]',
  group: 'personalize',
  replies: ['topics.added', 'topics.alreadyAdded', 'topics.removed', 'topics.cleared', 'topics.list', 'topics.none', 'topics.blockedList', 'topics.available', 'topics.unknown', 'topics.unknownUnnamed'],
  acceptsBare(args, content) {
    if (args.length === 0) return true;
    const action = VERBS.get(args[0].toLowerCase());
    if (!action || rejectHostile(args)) return false;
    if (action === 'clear') return args.length === 1;
    const topics = matchTopics(args.slice(1).join(' '), content);
    return topics !== undefined && !('unknown' in topics);
  },
  run({ args, profile, content }): CommandResult {
    const rejected = rejectHostile(args);
    if (rejected) return rejected;
    if (args.length === 0) return showTopics(profile, content);
    const action = VERBS.get(args[0].toLowerCase());
    if (!action) return usageOf(topicsCommand, ['add', 'remove', 'clear']);
    if (action === 'clear') {
      if (args.length > 1) return usageOf(topicsCommand, ['add', 'remove', 'clear']);
      return { replies: [{ key: 'topics.cleared' }], changes: [{ type: 'clearTopics' }] };
    }
    const matched = matchTopics(args.slice(1).join(' '), content);
    if (!matched) return { replies: [...usageOf(topicsCommand).replies, availableTopics(content)] };
    if ('unknown' in matched) return unknownTopic(matched.unknown, content);
    return action === 'add' ? addTopics(matched.topics, profile) : removeTopics(matched.topics, profile);
  },
};

/** Every named topic resolved, or the first one that is not a known topic; undefined when none is named. */
function matchTopics(text: string, content: Content): { topics: string[] } | { unknown: string } | undefined {
  const typed = text.split(LIST_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (typed.length === 0) return undefined;
  const topics: string[] = [];
  for (const part of typed) {
    const topic = matchTopic(part, content);
    if (!topic) return { unknown: part };
    if (!topics.includes(topic)) topics.push(topic);
  }
  return { topics };
}

function addTopics(topics: string[], profile: UserProfile): CommandResult {
  const chosen = profile.explicit.topics ?? [];
  const fresh = topics.filter((topic) => !chosen.includes(topic));
  if (fresh.length === 0) return { replies: [{ key: 'topics.alreadyAdded', values: { topics: topics.join(', ') } }] };
  const changes: ProfileChange[] = fresh.map((topic) => ({ type: 'addTopic', topic }));
  return { replies: [{ key: 'topics.added', values: { topics: fresh.join(', ') } }], changes };
}

function removeTopics(topics: string[], profile: UserProfile): CommandResult {
  // Removing also drops what was learned about the topic, so it is not recommended again through the back door.
  const changes: ProfileChange[] = topics.flatMap((topic): ProfileChange[] => [
    { type: 'removeTopic', topic },
    ...(Object.hasOwn(profile.learned.interests, topic) ? [{ type: 'removeInterest', topic } as const] : []),
  ]);
  return { replies: [{ key: 'topics.removed', values: { topics: topics.join(', ') } }], changes };
}

function showTopics(profile: UserProfile, content: Content): CommandResult {
  const chosen = profile.explicit.topics ?? [];
  const blocked = profile.explicit.blockedTopics ?? [];
  const replies: ReplyRequest[] = [chosen.length > 0 ? { key: 'topics.list', values: { topics: chosen.join(', ') } } : { key: 'topics.none' }];
  if (blocked.length > 0) replies.push({ key: 'topics.blockedList', values: { topics: blocked.join(', ') }, append: true });
  replies.push(availableTopics(content));
  const suggestions = topicNames(content).filter((topic) => !chosen.includes(topic)).slice(0, 3);
  replies[0].suggestedActions = suggestions.map((topic) => `/topics add ${topic}`);
  return { replies };
}

function unknownTopic(typed: string, content: Content): CommandResult {
  const first: ReplyRequest = echoable(typed) ? { key: 'topics.unknown', values: { topic: typed } } : { key: 'topics.unknownUnnamed' };
  return { replies: [first, availableTopics(content)] };
}

function availableTopics(content: Content): ReplyRequest {
  return { key: 'topics.available', values: { topics: topicNames(content).join(', ') }, append: true };
}
