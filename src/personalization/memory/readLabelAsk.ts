/**
 * Questions asked as a label alone, the way a note-taker asks: "Current city?", "Employer?", "Studio name?",
 * "Allergies on file?", "City, current.", "Position, remind me.": the kinds whose label it is (`labels`),
 * with words that only ask to be reminded (`memoryLabelAskTrailers`) left out.
 */

import type { MemoryLexicon } from './factKinds';
import type { FactQuestion } from './memoryReading';
import type { ValueContext } from './readValue';
import { isPunctuation, type Token } from './tokens';

export function labelQuestion(tokens: readonly Token[], asked: boolean, values: ValueContext): FactQuestion | undefined {
  const lexicon = values.lexicon;
  let words = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm)).map((token) => token.norm);
  if (words[0] === 'my') words = words.slice(1);
  const trailed = withoutTrailers(words, lexicon);
  // Without a question mark, only with words that ask to be reminded ("Position, remind me.").
  if (trailed.length === 0 || (!asked && trailed.length === words.length)) return undefined;
  const modifier = lexicon.labelKinds.has(trailed.join(' ')) ? undefined : modifiedLabel(trailed, values);
  const kinds = lexicon.labelKinds.get(modifier ? trailed.slice(1).join(' ') : trailed.join(' '));
  if (!kinds) return undefined;
  // "Speak?", "Born?": a word read first as anything but a noun is no label asked alone.
  if (trailed.length === 1 && !/^NN/.test(values.words.tags(trailed[0])?.[0] ?? 'NN')) return undefined;
  return { kinds: [...kinds], ...(modifier ? { words: [modifier] } : {}) };
}

/**
 * "IPL team?", "hockey team?": a label with a noun in front that says which sort is meant, the noun (one the
 * tagger files as a noun or does not know) when it is no label and no noun of a named kind ("dog name?").
 */
function modifiedLabel(words: readonly string[], values: ValueContext): string | undefined {
  const [first, ...rest] = words;
  const lexicon = values.lexicon;
  if (first === undefined || rest.length === 0 || !lexicon.labelKinds.has(rest.join(' ')) || lexicon.labelKinds.has(first) || lexicon.nouns.has(first)) return undefined;
  // Only a noun label takes a noun in front ("IPL team"); "Lisbon originally" tells where one is from.
  const tag = values.words.tags(first)?.[0];
  const label = values.words.tags(rest[rest.length - 1])?.[0] ?? 'NN';
  return (tag === undefined || /^NN/.test(tag)) && /^NN/.test(label) ? first : undefined;
}

/** The words with those that only ask to be reminded taken off either end ("on file", "remind me", "current"). */
function withoutTrailers(words: readonly string[], lexicon: MemoryLexicon): string[] {
  let rest = [...words];
  for (let changed = true; changed && rest.length > 0; ) {
    changed = false;
    for (const trailer of lexicon.labelAskTrailers) {
      if (trailer.length < rest.length && trailer.every((word, i) => rest[rest.length - trailer.length + i] === word)) {
        rest = rest.slice(0, rest.length - trailer.length);
        changed = true;
      } else if (trailer.length < rest.length && trailer.every((word, i) => rest[i] === word)) {
        rest = rest.slice(trailer.length);
        changed = true;
      }
    }
  }
  return rest;
}
