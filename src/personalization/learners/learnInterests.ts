import { Content } from '../../content/content';
import { Recognition } from '../../nlu/recognizer';
import { ProfileChange } from '../../profile/profileChanges';
import { TopicMentions } from '../topicMentions';

/** Evidence weights: saying you love something counts more than mentioning it. */
const MENTION = 0.5;
const INTENT_TOPIC = 1;
const LIKED = 2;

/** Interest evidence in one message: topics of the recognized intent, topics named, topics of a stated like. */
export function learnInterests(text: string, recognition: Recognition, content: Content, mentions: TopicMentions, at: string): ProfileChange[] {
  const deltas = new Map<string, number>();
  const add = (topic: string, weight: number) => deltas.set(topic, Math.max(deltas.get(topic) ?? 0, weight));
  for (const topic of content.intents.get(recognition.intent)?.topics ?? []) add(topic, INTENT_TOPIC);
  for (const topic of mentions(text)) add(topic, MENTION);
  for (const entity of recognition.entities) {
    if (entity.type === 'thing') for (const topic of mentions(entity.value)) add(topic, LIKED);
  }
  return deltas.size > 0 ? [{ type: 'adjustInterests', deltas: [...deltas], at }] : [];
}

/** A like read precisely by the memory stage ("I love running", a clause of its own) is firmer evidence than a slot guess. */
const STATED = 3;

/** Interest evidence from things the person said they like (or dislike), read by the memory stage. */
export function statedInterests(liked: readonly string[], disliked: readonly string[], mentions: TopicMentions, at: string): ProfileChange[] {
  const deltas = new Map<string, number>();
  for (const value of liked) for (const topic of mentions(value)) deltas.set(topic, STATED);
  for (const value of disliked) for (const topic of mentions(value)) deltas.set(topic, -STATED);
  return deltas.size > 0 ? [{ type: 'adjustInterests', deltas: [...deltas], at }] : [];
}
