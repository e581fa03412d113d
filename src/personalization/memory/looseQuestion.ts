import type { MemoryLexicon } from './factKinds';

/** The most words a question may have that no kind is asked with: more, and it is about something else. */
const MAX_UNKNOWN = 2;
/** What a question asking for advice or help has ("what *should* I cook?", "*how* do I get to my hotel?"): never about what was told. */
const ADVICE = new Set(['should', 'shall', 'could', 'can', 'would', 'might', 'may', 'will', 'how', 'why']);
/** Verbs too general to tell a kind by ("what do I *get*?"): they count only beside a word of the kind's own. */
const GENERAL_VERBS = new Set(['get', 'go', 'make', 'take', 'put', 'see', 'want', 'need', 'use', 'keep', 'give', 'come', 'let']);

/** Words that only link others ("do I live *in*", "which team do I rock *with*"): they say nothing of what is asked, for or against a kind. */
const LINKS = new Set(['on', 'in', 'at', 'to', 'for', 'with', 'from', 'of', 'by', 'about', 'up', 'into', 'out', 'off', 'over', 'around', 'as', 'than']);

/**
 * The values a question word asks for: "who" a name, "where" a place (or a thing: a workplace), "when" a date;
 * "what" and "which" anything but a place ("what flowers do I *grow*?" is not where one grew up).
 */
const WH_SORTS: Record<string, readonly string[] | undefined> = { who: ['name'], whom: ['name'], where: ['place', 'thing'], when: ['date', 'thing'], what: ['thing', 'name', 'number', 'date'], which: ['thing', 'name', 'number', 'date'] };

/** The kinds a question is loosely about, and the words it has that they are not asked with. */
export interface LooseKinds {
  kinds: string[];
  unknown: string[];
}

/**
 * A question about oneself with words no kind of its own is asked with ("what *IPL* team do I support?",
 * "which team do I *rock with*?", "what do I like doing *outdoors*?"): the kind whose words it uses most,
 * when they say at least as much as the words it does not know, or name the kind's own thing ("my *team*",
 * "my *car*"). `said`: the question's words that say what it is about (no question words, fillers or
 * categories); `all`: every word of it.
 */
export function kindsLoosely(said: readonly string[], all: readonly string[], lexicon: MemoryLexicon): LooseKinds | undefined {
  // "what can't I eat?" asks what one said, not for advice.
  if (said.length === 0 || all.some((word, i) => (ADVICE.has(word) && !(word === 'can' && all[i + 1] === 'not')) || lexicon.detailed.you.has(word))) return undefined;
  let best = 0;
  let found: LooseKinds | undefined;
  const telling = said.filter((word) => !LINKS.has(word));
  const wh = all.find((word) => WH_SORTS[word] !== undefined);
  // "what do I *feed* my dog?", "where do I *park* my car?": a verb no kind is asked with asks for advice, whatever else the question names.
  const verb = verbAsked(all, said);
  // "what team am I *into*?", "what dog did we *get*?": a linking word, or a general verb said of the past, asks for no advice.
  const vetoing = verb !== undefined && !LINKS.has(verb) && !(GENERAL_VERBS.has(verb) && all.includes('did'));
  // "which *garden pest* do I hate?", "what *IPL* team do I support?": the words between the question word and the
  // verb's subject say what sort of thing is meant; with the verb a kind is asked with, they count against none.
  const sorts = verb === undefined ? new Set<string>() : sortWordsAsked(all);
  for (const kind of lexicon.kinds.values()) {
    const words = lexicon.questionWords.get(kind.name);
    // "*who* do I stay with in Lagos?" asks for someone, never a place.
    if (!words || (wh !== undefined && !(WH_SORTS[wh] ?? []).includes(kind.definition.value ?? 'thing'))) continue;
    // A word that only says what sort of answer is wanted ("*team*", "*hobby*") counts for a kind that is asked with it, and against none.
    if (vetoing && !words.has(verb)) continue;
    const known = telling.filter((word) => words.has(word));
    const sortOnly = (word: string) => verb !== undefined && words.has(verb) && !GENERAL_VERBS.has(verb) && sorts.has(word);
    const unknown = telling.filter((word) => !words.has(word) && !lexicon.aspects.has(word));
    const against = unknown.filter((word) => !sortOnly(word));
    // Words that only say the sort of answer ("which *city* is my shop in?") or too little ("*get*") do not tell the kind alone.
    if (known.length === 0 || against.length > MAX_UNKNOWN || known.every((word) => GENERAL_VERBS.has(word) || lexicon.aspects.has(word))) continue;
    const head = known.some((word) => headsOf(kind.name, lexicon).has(word));
    if (!head && known.length < against.length) continue;
    // One of its ask phrases said whole ("*what do I like* doing outdoors?") tells it from kinds that only share a word.
    const phrase = kind.asks.some((ask) => ask.length >= 3 && all.some((_, at) => ask.every((word, i) => all[at + i] === word)));
    const score = 2 * known.length + (head ? 2 : 0) + (phrase ? 1 : 0) - against.length;
    if (score < best) continue;
    if (score > best || !found) found = { kinds: [], unknown };
    best = score;
    found.kinds.push(kind.name);
  }
  return found;
}

/** Words that ask a question and take the words for a sort of thing after them ("*which* team", "*what* kind of car"). */
const SORT_ASKERS = new Set(['what', 'which', 'whats']);
/** Words after which a question's subject comes ("which team *do* I", "which club *can't* I"). */
const BEFORE_SUBJECT = new Set(['do', 'does', 'did', 'am', 'is', 'are', 'was', 'were', 'can', 'could', 'not', 'have', 'has']);

/** The words between "which"/"what" and the subject's auxiliary ("which *garden pest* do I hate"), or none. */
function sortWordsAsked(all: readonly string[]): Set<string> {
  const from = all.findIndex((word) => SORT_ASKERS.has(word));
  const subject = all.findIndex((word, i) => ['i', 'we'].includes(word) && i > from);
  if (from < 0 || subject < 0) return new Set();
  let end = subject;
  while (end > from + 1 && BEFORE_SUBJECT.has(all[end - 1])) end--;
  return new Set(all.slice(from + 1, end));
}

/** Words between the subject and the verb of a question that are not it ("do I *have to* leave", "am I *still* …"). */
const BEFORE_VERB = new Set(['have', 'has', 'to', 'got', 'still', 'really', 'usually', 'also', 'just', 'ever', 'always', 'normally', 'mostly']);

/** The verb a question asks with, after its subject ("what do I *support*", "what am I *getting* into"), when it says something. */
function verbAsked(all: readonly string[], said: readonly string[]): string | undefined {
  const subject = all.findIndex((word, i) => ['i', 'we'].includes(word) && i > 0);
  if (subject < 0) return undefined;
  let at = subject + 1;
  while (at < all.length && BEFORE_VERB.has(all[at])) at++;
  return said.includes(all[at] ?? '') ? all[at] : undefined;
}

const heads = new WeakMap<MemoryLexicon, Map<string, Set<string>>>();

/** The things a kind is asked about by ("my *team*", "my *car*", "my *dog*"): the word after "my" in its ask phrases, and its nouns. */
function headsOf(kind: string, lexicon: MemoryLexicon): Set<string> {
  let byKind = heads.get(lexicon);
  if (!byKind) {
    byKind = new Map();
    for (const each of lexicon.kinds.values()) {
      const words = new Set<string>();
      for (const phrase of each.asks) for (const [i, word] of phrase.entries()) if (word === 'my' && phrase[i + 1]) words.add(phrase[i + 1]);
      for (const noun of each.nouns) words.add(noun.words[noun.words.length - 1]);
      byKind.set(each.name, words);
    }
    heads.set(lexicon, byKind);
  }
  return byKind.get(kind) ?? new Set();
}
