import { Content, contentList } from '../content/content';
import { plainWords } from '../util/plainWords';
import type { Catalog } from './catalog';
import type { TopicMentions } from './topicMentions';

export interface RequestedTopics {
  /** Catalog topics the request names, best first. */
  topics: string[];
  /** A thing asked for that the catalog has no topic for ("a podcast about knitting" names none; "a wine" is food's, not ours). */
  unmatched?: string;
  /** For `unmatched`, the catalog topics nearest to what was asked (`topicNear.<category>` in dialogs/), best first. */
  near?: string[];
}

/**
 * What a recommendation request asks for in everyday words: "what should I cook tonight?" → cooking,
 * "something to listen to on my commute" → music, "how can I get in shape?" → health. Tried in order,
 * the first that finds a topic wins: the topic's own words (`topic.<name>` in dialogs/), everyday words for
 * it (`topicWords.<name>`), catalog tags (a tag most of whose items are on one topic), and WordNet
 * categories of the words (`topicCategory.<name>`: "lasagna" is food, food is cooking). A word in a WordNet
 * category the catalog does not offer (`topicCategoryNotOffered`: "ballet" is dance) is returned as
 * `unmatched`, so the bot can say it has nothing on that instead of recommending something unrelated.
 */
export function createRequestedTopics(content: Content, catalog: Catalog, topicMentions: TopicMentions, categoriesOf: (value: string) => string[]): (text: string) => RequestedTopics {
  const topics = contentList(content, 'topics');
  const everyday = topics.flatMap((topic) => contentList(content, `topicWords.${topic}`).map((phrase): [string, string] => [plainWords(phrase), topic]));
  const byTag = tagTopics(catalog);
  const byCategory = new Map(topics.flatMap((topic) => contentList(content, `topicCategory.${topic}`).map((category): [string, string] => [category, topic])));
  const ignored = new Set(contentList(content, 'topicRequestIgnored').map((word) => plainWords(word)));
  const notOffered = new Set(contentList(content, 'topicCategoryNotOffered'));
  return (text) => {
    const named = topicMentions(text);
    if (named.length > 0) return { topics: named };
    const padded = ` ${plainWords(text)} `;
    const found = new Set<string>();
    for (const [phrase, topic] of everyday) if (phrase && padded.includes(` ${phrase} `)) found.add(topic);
    if (found.size > 0) return { topics: [...found] };
    const words = padded.trim().split(' ').filter((word) => word.length > 2 && !ignored.has(word));
    for (const word of words) {
      const topic = byTag.get(word);
      if (topic) found.add(topic);
    }
    if (found.size > 0) return { topics: [...found] };
    let unmatched: { word: string; near: string[] } | undefined;
    for (const word of words) {
      const categories = categoriesOf(word);
      for (const category of categories) {
        const topic = byCategory.get(category);
        if (topic) found.add(topic);
      }
      const missing = categories.filter((category) => notOffered.has(category));
      if (missing.length > 0 && !categories.some((category) => byCategory.has(category))) {
        unmatched ??= { word, near: [...new Set(missing.flatMap((category) => contentList(content, `topicNear.${category}`)))].filter((topic) => topics.includes(topic)) };
      }
    }
    if (found.size > 0) return { topics: [...found] };
    return unmatched ? { topics: [], unmatched: unmatched.word, ...(unmatched.near.length > 0 ? { near: unmatched.near } : {}) } : { topics: [] };
  };
}

/** Each catalog tag whose items are mostly (more than half) on one topic, with that topic. */
function tagTopics(catalog: Catalog): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const item of catalog.items) {
    for (const tag of item.tags) {
      const perTopic = counts.get(tag) ?? new Map<string, number>();
      perTopic.set(item.topics[0], (perTopic.get(item.topics[0]) ?? 0) + 1);
      counts.set(tag, perTopic);
    }
  }
  const result = new Map<string, string>();
  for (const [tag, perTopic] of counts) {
    const total = [...perTopic.values()].reduce((a, b) => a + b, 0);
    const [topic, count] = [...perTopic].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (count * 2 > total) result.set(plainWords(tag), topic);
  }
  return result;
}
