import type { MemoryLexicon } from './factKinds';
import { nounAt } from './kindNouns';
import { sentencesOf } from './readLatest';
import { isPunctuation, typedText, type Token } from './tokens';

/**
 * A new name for someone or some pet told of before, read without the profile (`memoryRenames`): "we renamed him
 * Ziggy", "she goes by Bea now", "changed his name to Milo", "renamed Tiger to Ziggy", "the cat's called Mochi now".
 * Which kept name it takes the place of is for the profile to say.
 */
export interface Rename {
  /** The new name, as typed. */
  value: string;
  /** Who is renamed: a pronoun ("him", "she"), a name told before ("Tiger") or a noun for them ("cat", "daughter"). */
  who: { pronoun: string } | { name: string } | { kind: string; detail: string };
}

/** Words that point at someone told of before ("renamed *him*", "*she* goes by"). */
const POINTERS = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their']);
const DETERMINERS = new Set(['the', 'my', 'our', 'a', 'an']);
type Tags = (word: string) => readonly string[] | undefined;

/** Most words of a new name ("Mister Fluffy Pants"). */
const MAX_NAME_WORDS = 3;

/** The renames a message says, in order. */
export function readRenames(tokens: readonly Token[], lexicon: MemoryLexicon, tags: Tags): Rename[] {
  const found: Rename[] = [];
  for (const sentence of sentencesOf(tokens)) {
    for (const template of lexicon.renames) {
      const rename = sentence.map((_, at) => matchTemplate(sentence, at, template, lexicon, tags)).find((one) => one !== undefined);
      if (rename) {
        found.push(rename);
        break;
      }
    }
  }
  return found;
}

/** A template of `memoryRenames` matched from `start`: its words in order, `{who}` and `{value}` filled. */
function matchTemplate(tokens: readonly Token[], start: number, template: readonly string[], lexicon: MemoryLexicon, tags: Tags): Rename | undefined {
  let at = start;
  let who: Rename['who'] | undefined;
  let value: string | undefined;
  for (const [index, part] of template.entries()) {
    if (part === '{who}') {
      const found = whoAt(tokens, at, lexicon);
      if (!found) return undefined;
      who = found.who;
      at = found.end;
    } else if (part === '{value}') {
      const next = template[index + 1];
      let end = at;
      while (end < tokens.length && end - at < MAX_NAME_WORDS && !isPunctuation(tokens[end]) && tokens[end].norm !== next && !lexicon.fillers.has(tokens[end].norm) && !lexicon.valueEnds.has(tokens[end].norm)) end++;
      const words = tokens.slice(at, end);
      if (words.length === 0 || !words.every((token) => nameLike(token, tags))) return undefined;
      value = typedText(words);
      at = end;
    } else {
      while (at < tokens.length && tokens[at].norm !== part && lexicon.fillers.has(tokens[at].norm)) at++;
      if (tokens[at]?.norm !== part) return undefined;
      at++;
    }
  }
  return who && value ? { value, who } : undefined;
}

/** Who a `{who}` slot names: a pronoun, "the cat", or a name typed with a capital. */
function whoAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { who: Rename['who']; end: number } | undefined {
  const token = tokens[at];
  if (!token) return undefined;
  if (POINTERS.has(token.norm)) return { who: { pronoun: token.norm }, end: at + 1 };
  const from = DETERMINERS.has(token.norm) ? at + 1 : at;
  const noun = from < tokens.length ? nounAt(tokens, from, lexicon) : undefined;
  if (noun) return { who: { kind: noun.kind, detail: noun.detail }, end: from + noun.length };
  if (from === at && /^\p{Lu}/u.test(token.raw) && token.norm !== 'i') return { who: { name: token.raw }, end: at + 1 };
  return undefined;
}

/** A word a name may be: typed with a capital, or a word no dictionary knows ("goes by bea"), never "bus" or "him". */
function nameLike(token: Token, tags: Tags): boolean {
  if (POINTERS.has(token.norm) || DETERMINERS.has(token.norm)) return false;
  return /^\p{Lu}/u.test(token.raw) || tags(token.norm) === undefined;
}
