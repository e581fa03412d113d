import { contentList } from '../../content/content';
import { toldStems } from '../../personalization/memory/bestNote';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { stem } from '../../personalization/memory/noteWords';
import { escapeRegExp } from '../../util/escapeRegExp';
import { learningActive } from '../../profile/userProfile';
import type { Turn, TurnDependencies } from '../turn';

/** Pronouns a question after a topic may stand for it by; the possessive ones take "'s". */
const STANDS_FOR = new Set(['it', 'they', 'them', 'its', 'their']);
const POSSESSIVE = new Set(['its', 'their']);
/** Most words a topic put before a question may have ("gemma's fitting", "the hudson wedding"). */
const TOPIC_WORDS = 5;

/**
 * "gemma's fitting - what day is it now?": a topic put before a dash or a colon (`memoryTopicMarks`), then a question
 * that names it by a pronoun, asks of the topic, not of now: the question with the topic in the pronoun's place ("what
 * day is gemma's fitting now?"). Only a topic of a few words that says a word of the person's notes; undefined otherwise.
 */
export function topicAsked(turn: Turn, deps: TurnDependencies): string | undefined {
  const profile = turn.loaded.profile;
  const notes = learningActive(profile) ? (profile.memory.notes ?? []) : [];
  if (notes.length === 0) return undefined;
  const marks = contentList(deps.content, 'memoryTopicMarks');
  // A dash joins words ("part-time") unless spaced; a colon ends the topic wherever it is.
  const split = marks.map((mark) => new RegExp(mark === ':' ? '\\s*:\\s+' : `\\s+${escapeRegExp(mark)}\\s+`, 'u').exec(turn.text)).find((found) => found !== null);
  if (!split) return undefined;
  const topic = turn.text.slice(0, split.index).trim();
  const question = turn.text.slice(split.index + split[0].length).trim();
  const topicWords = topic.split(/\s+/u).filter(Boolean);
  if (topicWords.length === 0 || topicWords.length > TOPIC_WORDS || /[?.!,;]/u.test(topic)) return undefined;
  const pronoun = question.split(/[^\p{L}'’]+/u).find((word) => STANDS_FOR.has(word.toLowerCase()));
  if (pronoun === undefined) return undefined;
  const lexicon = noteLexicon(deps.content);
  const told = toldStems(notes.map((note) => note.text), lexicon);
  const says = topicWords.map((word) => word.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}]/gu, '')).some((word) => word !== '' && !lexicon.stopWords.has(word) && !lexicon.glue.has(word) && !lexicon.memory.fillers.has(word) && told.has(stem(word, lexicon)));
  if (!says) return undefined;
  const said = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(pronoun)}(?![\\p{L}\\p{N}])`, 'u');
  return question.replace(said, POSSESSIVE.has(pronoun.toLowerCase()) ? `${topic}'s` : topic);
}
