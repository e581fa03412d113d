// Names typed without a capital, read as names where the sentence's shape makes them one.
import { isPunctuation, type Token } from './tokens';

/**
 * What the slots need to know of a word: its tags as the tagger reads it, whether its commonest sense is someone
 * (`isPerson`: "sister", "dog"; not "life"), whether any sense is (`mayBePerson`: "nurse"), whether it is a filler.
 */
export interface SlotWords {
  tags: (word: string) => readonly string[] | undefined;
  isPerson: (word: string) => boolean;
  mayBePerson: (word: string) => boolean;
  /** WordNet knows the word as an adjective, an adverb or a verb ("irish", "home"), whatever the tagger says first. */
  isDescriptive: (word: string) => boolean;
  isFiller: (word: string) => boolean;
  /** Titles said before a name ("mme", "dr"): the name is the word after one, not the title. */
  titles: ReadonlySet<string>;
}

/**
 * "boss is glen, he's sound", "my sister mere is having a baby", "with my friend lucía": a lower-case word is a name
 * when its place in the sentence makes it one, and is typed back with a capital so the note names them. Two places:
 * said of a person noun by "is" with no determiner and nothing after it in the phrase ("boss is *glen*,"; not
 * "boss is great", "my sister is tired"), and right after "my sister" as an apposition, then a verb or the
 * phrase's end ("my sister *mere* is"; not "my sister nurse", nor a noun making a compound: "my sister wedding").
 */
export function namesInSlots(tokens: Token[], words: SlotWords): Token[] {
  const names = tokens.map((_, at) => isSlotName(tokens, at, words));
  // "dr fenwick" → "Dr Fenwick": a title before a name is typed as part of it.
  const capital = (token: Token, at: number) => names[at] || (words.titles.has(token.norm) && names[at + 1] === true);
  return tokens.map((token, at) => (capital(token, at) ? { ...token, raw: token.raw.charAt(0).toUpperCase() + token.raw.slice(1) } : token));
}

function isSlotName(tokens: readonly Token[], at: number, words: SlotWords): boolean {
  const token = tokens[at];
  if (!/^\p{Ll}\p{L}{2,}$/u.test(token.raw) || !/[aeiouyà-ÿ]/u.test(token.norm) || words.mayBePerson(token.norm) || words.isFiller(token.norm) || LAUGHTER.test(token.norm)) return false;
  if (words.titles.has(token.norm)) return false;
  const first = words.tags(token.norm)?.[0];
  // "my neighbour mme girard": the slot is the title's, the name the word after it.
  const slot = at > 0 && words.titles.has(tokens[at - 1].norm) ? at - 1 : at;
  return predicateName(tokens, slot, at, first, words) || appositeName(tokens, slot, at, first, words);
}

/** "boss is glen," / "my flatmate is anaïs and …": a person noun opening its clause, "is", then a noun or unknown word ending the phrase. */
function predicateName(tokens: readonly Token[], slot: number, at: number, first: string | undefined, words: SlotWords): boolean {
  if (slot < 2 || !BEING.has(tokens[slot - 1].norm) || !personOpens(tokens, slot - 2, words)) return false;
  // "my mum is home", "my wife is irish": a word WordNet also knows as describing is what they are, not who.
  return (first === undefined || first === 'NN') && !words.isDescriptive(tokens[at].norm) && endsPhrase(tokens[at + 1], words, false);
}

/** "my sister mere is …", "with my friend lucía": "my" and a person noun, then a word no tagger reads as a noun or a verb. */
function appositeName(tokens: readonly Token[], slot: number, at: number, first: string | undefined, words: SlotWords): boolean {
  if (slot < 2 || !words.isPerson(tokens[slot - 1].norm) || words.tags(tokens[slot - 2].norm)?.[0] !== 'PRP$') return false;
  // An adjective after its noun, then a verb ("my sister mere is"), is no adjective; said last ("made my dad proud") it is.
  if (first === 'JJ') return tokens[at + 1] !== undefined && /^(VB|MD|WP)/.test(words.tags(tokens[at + 1].norm)?.[0] ?? '');
  return first === undefined && endsPhrase(tokens[at + 1], words, true);
}

/** A person noun that opens its clause, alone or owned ("boss", "my boss", ", and boss"). */
function personOpens(tokens: readonly Token[], at: number, words: SlotWords): boolean {
  if (!words.isPerson(tokens[at].norm)) return false;
  const before = tokens[at - 1];
  return before === undefined || isPunctuation(before) || words.tags(before.norm)?.[0] === 'PRP$';
}

/** Whether the word after a name ends its phrase: nothing, a mark, a joining word, a pronoun; with `verbs`, a verb too. */
function endsPhrase(next: Token | undefined, words: SlotWords, verbs: boolean): boolean {
  if (next === undefined || isPunctuation(next)) return true;
  const tag = words.tags(next.norm)?.[0];
  if (tag === undefined) return verbs;
  return /^(CC|WDT|WP|WRB|PRP|IN|TO)$/.test(tag) || (verbs && /^(VB|MD|RB)/.test(tag));
}

const BEING = new Set(['is', 'was']);

/** A syllable said three times or more ("hahaha", "hehehe") is laughter, not a name ("Coco", "Nana" say theirs twice). */
const LAUGHTER = /^(\p{L}{1,2})\1{2,}/u;
