import { Content, contentList } from '../content/content';
import { plainWords } from '../util/plainWords';

/** Finds topics named in free text, by whole words and phrases from `topic.<name>` lists in dialogs/. */
export type TopicMentions = (text: string) => string[];

export function createTopicMentions(content: Content): TopicMentions {
  const phrases: Array<[phrase: string, topic: string]> = [];
  for (const topic of contentList(content, 'topics')) {
    for (const phrase of [topic, ...contentList(content, `topic.${topic}`)]) phrases.push([plainWords(phrase), topic]);
  }
  return (text) => {
    const padded = ` ${plainWords(text)} `;
    const found = new Set<string>();
    for (const [phrase, topic] of phrases) if (phrase && padded.includes(` ${phrase} `)) found.add(topic);
    return [...found];
  };
}
