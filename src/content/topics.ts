import { closestMatch } from '../util/closestMatch';
import { Content, contentList } from './content';
import { plainWords } from '../util/plainWords';

/** Longer than any topic phrase: anything longer is a sentence, not a topic. */
const MAX_TOPIC_LENGTH = 60;

interface TopicIndex {
  /** Normalized phrase (a topic name or one of its synonyms) → topic name. */
  phrases: Map<string, string>;
}

// Content is loaded once and never changes, so its index is built once per content object.
const indexes = new WeakMap<Content, TopicIndex>();

/** The topic vocabulary from dialogs/ (`lists: topics`), in content order. */
export function topicNames(content: Content): string[] {
  return contentList(content, 'topics');
}

/**
 * The topic a person meant ("cooking", "Recipes", "sprots", "sports stuff"), or undefined.
 * A topic name or synonym from `topic.<name>` lists matches exactly; else one word of a short phrase
 * that names a single topic; else a close spelling when only one topic is that close.
 */
export function matchTopic(text: string, content: Content): string | undefined {
  if (text.length > MAX_TOPIC_LENGTH) return undefined;
  const typed = plainWords(text);
  if (typed.length === 0) return undefined;
  const { phrases } = indexOf(content);
  return phrases.get(typed) ?? byWord(typed, phrases) ?? closestMatch(typed, phrases);
}

function byWord(typed: string, phrases: ReadonlyMap<string, string>): string | undefined {
  const words = typed.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  const found = new Set(words.map((word) => phrases.get(word)).filter((topic) => topic !== undefined));
  // "sports stuff" is sports; "sports and cooking" is two topics, so it is neither.
  return found.size === 1 ? [...found][0] : undefined;
}

function indexOf(content: Content): TopicIndex {
  let index = indexes.get(content);
  if (!index) {
    const phrases = new Map<string, string>();
    for (const topic of topicNames(content)) {
      for (const phrase of [topic, ...contentList(content, `topic.${topic}`)]) {
        const key = plainWords(phrase);
        // A synonym listed under two topics belongs to the first: content order decides, not chance.
        if (key && !phrases.has(key)) phrases.set(key, topic);
      }
    }
    index = { phrases };
    indexes.set(content, index);
  }
  return index;
}

/**
 * The topic an everyday word in a request stands for ("listen to" → music, "in shape" → health), from the
 * `topicWords.<name>` lists in dialogs/, or a topic name or synonym (`matchTopic`). Exact phrases only: these
 * words are common, so no spelling is guessed.
 */
export function matchTopicWord(text: string, content: Content): string | undefined {
  const typed = plainWords(text);
  if (typed.length === 0 || text.length > MAX_TOPIC_LENGTH) return undefined;
  for (const topic of topicNames(content)) if (contentList(content, `topicWords.${topic}`).some((phrase) => plainWords(phrase) === typed)) return topic;
  return matchTopic(text, content);
}
