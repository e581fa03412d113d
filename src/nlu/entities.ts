import { Culture, recognizeDateTime, recognizeNumber } from '@microsoft/recognizers-text-suite';
import { DamerauLevenshteinDistance } from 'natural/lib/natural/distance/levenshtein_distance';
import type { Content } from '../content/content';
import type { Entity } from './recognizer';
import { typoAllowance } from '../util/closestMatch';
import { wordLexicon } from './wordLexicon';

/** A list entity from dialogs/: `lists: { topic.cooking: [cooking, recipes] }` is type `topic`, value `cooking`. */
interface ListPhrase {
  type: string;
  value: string;
  words: string[];
}

export interface EntityOptions {
  /** Reference time for relative dates ("tomorrow"); injected so tests do not depend on today. */
  now?: () => Date;
  /** Whether a word is an English word in its own right: then it is not a typo of another ("tips" is not "trips"). */
  isWord?: (word: string) => boolean;
}

/** Longest phrase looked for, in words. */
const MAX_PHRASE_WORDS = 4;

/**
 * Numbers, dates and times (Microsoft Recognizers-Text) and list entities declared in dialogs/,
 * matched with tolerance for typos: one edit in words of 5+ letters, two in words of 9+; a word of the
 * POS tagger's English lexicon is taken as itself, never as a typo.
 */
export function createEntityExtractor(content: Content, options: EntityOptions = {}): (text: string) => Entity[] {
  const phrases = listPhrases(content);
  const now = options.now ?? (() => new Date());
  const isWord = options.isWord ?? ((word: string) => wordLexicon().tags(word) !== undefined);
  return (text) => [...builtInEntities(text, now()), ...listEntities(text, phrases, isWord)];
}

function listPhrases(content: Content): ListPhrase[] {
  const phrases: ListPhrase[] = [];
  for (const [name, entries] of content.lists) {
    const dot = name.indexOf('.');
    if (dot <= 0 || dot === name.length - 1) continue;
    const type = name.slice(0, dot);
    const value = name.slice(dot + 1);
    for (const entry of new Set([value, ...entries])) {
      const words = phraseWords(entry);
      if (words.length > 0 && words.length <= MAX_PHRASE_WORDS) phrases.push({ type, value, words });
    }
  }
  // Longer phrases first, so "video games" wins over "games".
  return phrases.sort((a, b) => b.words.length - a.words.length);
}

/**
 * Words that can start a number, date or time. The Recognizers-Text models cost about 1.5 ms a message,
 * most of the turn, so they only run on text that could hold one.
 */
const MAY_HOLD_NUMBER_OR_TIME =
  /\d|\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|half|quarter|first|second|third|once|twice|dozen|today|tonight|tomorrow|yesterday|now|noon|midnight|morning|afternoon|evening|night|week|weekend|month|year|day|hour|minute|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|next|last|ago|later|before|after|until|since)/i;

function builtInEntities(text: string, reference: Date): Entity[] {
  const entities: Entity[] = [];
  if (!MAY_HOLD_NUMBER_OR_TIME.test(text)) return entities;
  const dates = recognizeDateTime(text, Culture.English, undefined, reference);
  for (const found of dates) {
    const values = (found.resolution?.values ?? []) as { type?: string; value?: string; timex?: string; start?: string; end?: string }[];
    const last = values[values.length - 1];
    if (!last) continue;
    const type = found.typeName.replace(/^datetimeV2\./, '');
    const value = last.value ?? (last.start || last.end ? `${last.start ?? ''}/${last.end ?? ''}` : last.timex ?? found.text);
    entities.push({ type, value, text: found.text });
  }
  // A number inside a date or time ("7" in "at 7pm") belongs to it, not on its own.
  const covered = dates.map((found) => [found.start, found.end] as const);
  for (const found of recognizeNumber(text, Culture.English)) {
    if (covered.some(([start, end]) => found.start >= start && found.end <= end)) continue;
    const value = (found.resolution as { value?: string } | undefined)?.value;
    if (value !== undefined) entities.push({ type: 'number', value, text: found.text });
  }
  return entities;
}

function listEntities(text: string, phrases: readonly ListPhrase[], isWord: (word: string) => boolean): Entity[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)].map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
  // Words are taken once per entity type: "trip" can be both the topic travel and the event trip.
  const usedByType = new Map<string, Uint8Array>();
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const phrase of phrases) {
    const n = phrase.words.length;
    let used = usedByType.get(phrase.type);
    if (!used) usedByType.set(phrase.type, (used = new Uint8Array(tokens.length)));
    for (let start = 0; start + n <= tokens.length; start++) {
      if (used.subarray(start, start + n).some((flag) => flag === 1)) continue;
      if (!phrase.words.every((word, i) => tokens[start + i].word === word || (!isWord(tokens[start + i].word) && closeEnough(tokens[start + i].word, word)))) continue;
      used.fill(1, start, start + n);
      const key = `${phrase.type}:${phrase.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      entities.push({ type: phrase.type, value: phrase.value, text: text.slice(tokens[start].start, tokens[start + n - 1].end) });
    }
  }
  return entities;
}

/** Edit distances already computed; people repeat the same words, so this saves most of the work. */
const distanceCache = new Map<string, boolean>();
const MAX_CACHED = 50_000;

function closeEnough(typed: string, known: string): boolean {
  if (typed === known) return true;
  const allowed = typoAllowance(known.length);
  if (allowed === 0 || Math.abs(typed.length - known.length) > allowed) return false;
  const key = `${typed}\u0000${known}`;
  const cached = distanceCache.get(key);
  if (cached !== undefined) return cached;
  const close = DamerauLevenshteinDistance(typed, known, { transposition_cost: 1 }) <= allowed;
  if (distanceCache.size >= MAX_CACHED) distanceCache.clear();
  distanceCache.set(key, close);
  return close;
}

function phraseWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}
