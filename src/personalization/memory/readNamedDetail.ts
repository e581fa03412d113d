import type { MemoryLexicon } from './factKinds';
import { personAt } from './readOthers';
import { isPunctuation, tokenize, type Token } from './tokens';
import { MONTH_OR_DAY } from './noteWords';

/** The one detail a question asks of someone named: where, when, how old, how often, what colour, what work, what study, what kind. */
const DETAILS = ['place', 'time', 'age', 'frequency', 'colour', 'work', 'study', 'kind'] as const;
export type NamedDetail = (typeof DETAILS)[number];

/** Whether a word of dialogs/memory.yaml names a detail this reader finds ("place"). */
export function isNamedDetail(word: string | undefined): word is NamedDetail {
  return DETAILS.some((detail) => detail === word);
}

/** Someone said in a note or a question: by name, by who they are to the person ("sister"), or both. */
export interface NamedOne {
  name?: string;
  noun?: string;
}

/** The word lists of dialogs/memory.yaml this reader goes by (`memoryNamed…`). */
export interface NamedWords {
  /** Question words and the detail they ask, in order of precedence ("how old" → age, "where" → place). */
  asks: ReadonlyArray<{ words: string[]; detail: NamedDetail }>;
  /** Words that stand for someone just named ("she", "his"). */
  pronouns: ReadonlySet<string>;
  /** Verbs a study is told with ("studying", "doing"). */
  studies: ReadonlySet<string>;
  /** Words before a place ("in", "at", "from"). */
  placeWords: ReadonlySet<string>;
  /** Words of a time of year ("may", "spring"). */
  timeWords: ReadonlySet<string>;
  /** Words of a colour. */
  colours: ReadonlySet<string>;
  /** Words that say how often ("every", "weekly"). */
  frequencies: ReadonlySet<string>;
  /** Words that tell a job ("works as", "works at"). */
  workVerbs: ReadonlySet<string>;
  /** Verbs said of someone that tell no job ("lives", "loves"). */
  notWork: ReadonlySet<string>;
  /** Words of a question besides its detail and its person ("what", "does", "now"). */
  questionWords: ReadonlySet<string>;
}

/** What the reader asks of the world: cities, word tags, and whether a noun is a person or a sort of another. */
export interface NamedSenses {
  findCity(text: string): unknown;
  tags(word: string): readonly string[] | undefined;
  isPerson(noun: string): boolean;
  isSortOf(noun: string, of: string): boolean;
}

/** A question about a detail of someone named: who, what detail, and its other words ("live", "birthday", "car"). */
export interface NamedAsk {
  detail: NamedDetail;
  who: NamedOne;
  /** How the question said them ("Priya", "sister"). */
  said: string;
  cues: string[];
  /** The thing asked the kind or colour of ("dog", "car"). */
  thing?: string;
}

/** Lower case without accents ("Andrés" → "andres"). */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const OWN = new Set(['my', 'our']);
const THEIRS = new Set(['his', 'her', 'their']);
const ARTICLES = new Set(['a', 'an', 'the', 'our', 'my', 'his', 'her', 'their']);
const SELF = new Set(['i', 'we', 'me', 'us']);
const JOINS = new Set(['and', 'but', 'so', 'then', 'who', 'which', 'while', 'because']);
/** Words a job's verb may follow who is said ('from the gym'). */
const LEAD = 4;
const BE = new Set(['is', 'am', 'are', 'was', 'were', "'s"]);

/** Whether a figure is said after "will be" ("she *will be* 83"): the age someone is going to be. */
function willBe(norms: readonly string[], at: number): boolean {
  return norms[at - 1] === 'be' && ['will', "'ll", 'gonna'].includes(norms[at - 2] ?? '');
}

/**
 * "where does Priya live?", "when is my sister's birthday?", "what does Ben study?": the detail asked and of whom,
 * when the question names one of `names` (first names, lower case) or says "my" and a noun of someone.
 */
export function readNamedAsk(text: string, names: ReadonlySet<string>, words: NamedWords, lexicon: MemoryLexicon): NamedAsk | undefined {
  const tokens = tokenize(text, lexicon.contractedIs).filter((token) => !isPunctuation(token) || token.norm === "'s");
  const norms = tokens.map((token) => plainWord(token.norm));
  const ask = words.asks.find((entry) => norms.some((_, at) => entry.words.every((word, i) => norms[at + i] === word)));
  // "what does Ben do?": a question that ends in "do" asks what they do for work.
  const detail = ask?.detail ?? (norms[0] === 'what' && norms.at(-1) === 'do' ? 'work' : undefined);
  if (!detail || !words.questionWords.has(norms[0] ?? '') && !ask) return undefined;
  let who: NamedOne | undefined;
  let said = '';
  const personal = new Set<number>();
  for (let i = 0; i < tokens.length && !who; i++) {
    if (OWN.has(norms[i])) {
      let at = i + 1;
      while (at < tokens.length && lexicon.fillers.has(norms[at])) at++;
      const describing = (word: string) => ['little', 'big', 'older', 'younger', 'elder', 'eldest', 'oldest', 'youngest', 'baby', 'best', 'twin'].includes(word);
      while (at < tokens.length && describing(norms[at])) at++;
      const person = personAt(tokens, at, lexicon);
      if (person) {
        who = { noun: person.noun };
        said = person.noun;
        for (let j = i; j < at + person.length; j++) personal.add(j);
        const next = norms[at + person.length];
        if (next && names.has(next)) {
          who.name = next;
          personal.add(at + person.length);
        }
      }
    } else if (names.has(norms[i]) && !(ask?.words.includes(norms[i]) ?? false)) {
      who = { name: norms[i] };
      said = tokens[i].raw || tokens[i].norm;
      personal.add(i);
    }
  }
  // "where are Sanne and I going?": asked of the person too, not of someone alone.
  if (!who || norms.some((word) => SELF.has(word))) return undefined;
  const askWords = new Set(ask?.words ?? []);
  const cues = norms.filter((word, at) => !personal.has(at) && !askWords.has(word) && !words.questionWords.has(word) && word !== "'s" && !words.pronouns.has(word) && /\p{L}/u.test(word));
  const kindAt = ask ? norms.findIndex((_, at) => ask.words.every((word, i) => norms[at + i] === word)) + ask.words.length : -1;
  const thing = (detail === 'kind' || detail === 'colour') ? (detail === 'kind' ? norms[kindAt] : cues.at(-1)) : undefined;
  return { detail, who, said, cues, ...(thing ? { thing } : {}) };
}

/** One clause of a note and whom it is said of. */
interface SaidOf {
  tokens: Token[];
  of?: NamedOne;
  /** Where what is said of them starts, past who they are. */
  from: number;
}

/** Cuts a note into clauses at punctuation and joining words ("lives in Leeds and works at a bank"). */
function clausesOf(text: string, lexicon: MemoryLexicon): Token[][] {
  const clauses: Token[][] = [[]];
  for (const token of tokenize(text, lexicon.contractedIs)) {
    if ((isPunctuation(token) && token.norm !== "'s" && !/^[-'’]$/.test(token.norm)) || JOINS.has(token.norm) || token.norm === '-' || token.norm === '—') clauses.push([]);
    else clauses[clauses.length - 1].push(token);
  }
  return clauses.filter((clause) => clause.length > 0);
}

/**
 * Each clause of the notes with whom it is said of: someone named or told by noun at its start, whom a pronoun
 * stands for (the one named last), or, with no one at its start, whom the clause before was of ("… lives in Leeds and
 * works at a bank"), in the note or one kept from the same message before it. "I", "we" start the person's own.
 */
export function clausesSaidOf(notes: ReadonlyArray<{ text: string; learnedAt: string }>, names: ReadonlySet<string>, words: NamedWords, lexicon: MemoryLexicon): SaidOf[] {
  const said: SaidOf[] = [];
  let focus: NamedOne | undefined;
  let last: NamedOne | undefined;
  let previous: NamedOne | undefined;
  let told: string | undefined;
  for (const note of notes) {
    // Notes kept from one message go on from one another ("…, she's a vet in Malmö." "Birthday 12 June").
    if (note.learnedAt !== told) previous = undefined;
    told = note.learnedAt;
    for (const tokens of clausesOf(note.text, lexicon)) {
      const norms = tokens.map((token) => plainWord(token.norm));
      let at = 0;
      while (at < tokens.length && lexicon.fillers.has(norms[at])) at++;
      let of: NamedOne | undefined = previous;
      const word = norms[at];
      const describing = (from: number) => {
        let i = from;
        while (i < tokens.length && ['little', 'big', 'older', 'younger', 'elder', 'eldest', 'oldest', 'youngest', 'baby', 'best', 'twin', 'new', 'old'].includes(norms[i])) i++;
        return i;
      };
      const owned = OWN.has(word) || THEIRS.has(word) ? describing(at + 1) : describing(at);
      const person = word !== undefined && !names.has(word) ? personAt(tokens, owned, lexicon) : undefined;
      if (person) {
        of = { noun: person.noun };
        at = owned + person.length;
        if (names.has(norms[at] ?? '')) of.name = norms[at++];
      } else if (word !== undefined && names.has(word)) {
        at++;
        const relation = norms[at] === "'s" ? personAt(tokens, describing(at + 1), lexicon) : undefined;
        of = relation ? { noun: relation.noun } : { name: word };
        if (relation) at = describing(at + 1) + relation.length;
      } else if ((OWN.has(word) || THEIRS.has(word)) && names.has(norms[owned + 1] ?? '')) {
        // "my buddy manny": a noun no list knows, and a name after it.
        of = { noun: norms[owned], name: norms[owned + 1] };
        at = owned + 2;
      } else {
        // "last month she moved to Rotterdam": whom a pronoun a few words in stands for.
        const lead = norms.slice(at, at + 3).findIndex((norm) => words.pronouns.has(norm) || SELF.has(norm));
        const leading = lead < 0 ? undefined : norms[at + lead];
        if (leading !== undefined && words.pronouns.has(leading) && !norms.slice(at, at + lead).some((norm) => names.has(norm))) {
          of = focus;
          at += lead + 1;
        } else if (leading !== undefined && SELF.has(leading)) of = undefined;
      }
      // "laura's husband is called pete": the name told after "called".
      const called = norms.findIndex((norm, i) => i >= at && (norm === 'called' || norm === 'named') && names.has(norms[i + 1] ?? ''));
      if (of && !of.name && called >= 0) of = { ...of, name: norms[called + 1] };
      // "becca - college roommate, now my best friend -": who someone just named is, said beside their name.
      if (of?.noun && !of.name && at >= tokens.length && last?.name && !last.noun) of = { ...last, noun: of.noun };
      said.push({ tokens, ...(of ? { of } : {}), from: at });
      previous = of;
      last = of;
      if (of) focus = of;
    }
  }
  return said;
}

/** Whether a clause is said of the one asked about: by name, or by noun when asked by noun (or that noun is only theirs). */
function saidOfAsked(of: NamedOne | undefined, asked: NamedOne, nounOf: ReadonlyMap<string, readonly string[]>): boolean {
  if (!of) return false;
  if (asked.name && of.name) return plainWord(of.name) === asked.name;
  if (asked.name && of.noun) return (nounOf.get(of.noun) ?? []).length === 1 && nounOf.get(of.noun)?.[0] === asked.name;
  if (asked.noun && of.noun) return of.noun === asked.noun;
  if (asked.noun && of.name) return (nounOf.get(asked.noun) ?? []).includes(plainWord(of.name));
  return false;
}

/**
 * The value of the detail asked that the notes say of the one asked about, from the clauses said of them, those that
 * share a word of the question first ("live" for "where does Priya live?"); the latest clause wins.
 */
export function namedDetailIn(ask: NamedAsk, clauses: readonly SaidOf[], nounOf: ReadonlyMap<string, readonly string[]>, words: NamedWords, senses: NamedSenses, stem: (word: string) => string): string | undefined {
  const theirs = clauses.filter((clause) => saidOfAsked(clause.of, ask.who, nounOf));
  const cues = new Set(ask.cues.map(stem));
  const cued = theirs.filter((clause) => clause.tokens.some((token) => cues.has(stem(plainWord(token.norm)))));
  // What the question names besides ("driving lessons") is said in one clause: the detail is there or not told.
  for (const group of cued.length > 0 ? [cued] : [theirs]) {
    const found = group.map((clause) => valueIn(ask, clause, words, senses, cued.includes(clause))).filter((value): value is Found => value !== undefined);
    if (found.length === 0) continue;
    const best = Math.min(...found.map((value) => value.rank));
    return found.filter((value) => value.rank === best).at(ask.detail === 'work' ? 0 : -1)?.text;
  }
  return undefined;
}

/** A value found in a clause, and how sure it is (lower is surer). */
interface Found {
  text: string;
  rank: number;
}

/** The words from `from` up to the next place word or the clause's end, at most `most`. */
function phrase(tokens: readonly Token[], from: number, words: NamedWords, most = 5): string {
  const taken: string[] = [];
  for (let i = from; i < tokens.length && taken.length < most; i++) {
    if (words.placeWords.has(tokens[i].norm) && taken.length > 0) break;
    taken.push(tokens[i].raw || tokens[i].norm);
  }
  return taken.join(' ').replace(/ 's/g, "'s");
}

function valueIn(ask: NamedAsk, clause: SaidOf, words: NamedWords, senses: NamedSenses, cued: boolean): Found | undefined {
  const tokens = clause.tokens.slice(clause.from);
  const norms = tokens.map((token) => plainWord(token.norm));
  const raw = (i: number) => tokens[i].raw || tokens[i].norm;
  switch (ask.detail) {
    case 'place': {
      let found: Found | undefined;
      for (let i = 0; i < tokens.length; i++) {
        if (!words.placeWords.has(norms[i])) continue;
        let at = i + 1;
        while (at < tokens.length && ['the', 'up', 'down', 'over', 'out'].includes(norms[at])) at++;
        // "at Dairy Queen": every capitalised word of a name; else the longest words a city is known by.
        let run = at;
        while (run < tokens.length && run < at + 3 && /^\p{Lu}/u.test(tokens[run].raw)) run++;
        // "in Turin in July": a month or a day typed with a capital says when, not where.
        if (run > at && !tokens.slice(at, run).every((token) => MONTH_OR_DAY.test(token.norm))) found = { text: tokens.slice(at, run).map((token) => token.raw).join(' '), rank: 0 };
        for (const length of run > at ? [] : [3, 2, 1]) {
          const span = tokens.slice(at, at + length);
          if (span.length < length || span.some((token) => isPunctuation(token))) continue;
          const text = span.map((token) => token.raw || token.norm).join(' ');
          if (senses.findCity(text) !== undefined) {
            found = { text, rank: 0 };
            break;
          }
        }
        // "works at a bank": where they work, when asked where they work.
        if (!found && cued && ['at', 'for'].includes(norms[i]) && ARTICLES.has(norms[at] ?? '')) found = { text: phrase(tokens, at, words, 4), rank: 1 };
      }
      return found;
    }
    case 'time': {
      for (let i = 0; i < tokens.length; i++) {
        if (!words.timeWords.has(norms[i])) continue;
        const before = /^\d/.test(norms[i - 1] ?? '') ? i - 1 : norms[i - 1] === 'of' && /^\d/.test(norms[i - 2] ?? '') ? i - 2 : ['next', 'this', 'last', 'in'].includes(norms[i - 1] ?? '') && norms[i - 1] !== 'in' ? i - 1 : i;
        const after = /^\d/.test(norms[i + 1] ?? '') ? i + 1 : i;
        return { text: tokens.slice(before, after + 1).map((token) => token.raw || token.norm).join(' '), rank: before < i || after > i ? 0 : 1 };
      }
      return undefined;
    }
    case 'age': {
      for (let i = 0; i < tokens.length; i++) {
        if (!/^\d{1,3}$/.test(norms[i]) || Number(norms[i]) > 120) continue;
        const next = norms[i + 1] ?? '';
        if (words.timeWords.has(next) || next === 'of' || ['st', 'nd', 'rd', 'th'].includes(next)) continue;
        if (['years', 'yrs', 'yo', 'year', 'months'].includes(next) || BE.has(norms[i - 1] ?? '') || ['turn', 'turns', 'turned', 'aged', 'age'].includes(norms[i - 1] ?? '') || willBe(norms, i) || i === 0) return { text: raw(i), rank: 0 };
      }
      return undefined;
    }
    case 'frequency': {
      for (let i = 0; i < tokens.length; i++) {
        if (!words.frequencies.has(norms[i])) continue;
        const end = Math.min(tokens.length, i + 4);
        let last = i;
        for (let j = i + 1; j < end && !words.placeWords.has(norms[j]) && !BE.has(norms[j]); j++) last = j;
        return { text: tokens.slice(i, last + 1).map((token) => token.raw || token.norm).join(' '), rank: 0 };
      }
      return undefined;
    }
    case 'colour': {
      const at = norms.findIndex((norm) => words.colours.has(norm));
      return at >= 0 ? { text: raw(at), rank: 0 } : undefined;
    }
    case 'kind': {
      const thing = ask.thing;
      if (!thing) return undefined;
      for (let i = 0; i < tokens.length; i++) {
        if (norms[i] !== thing && norms[i] !== `${thing}s` && !senses.isSortOf(norms[i], thing)) continue;
        let start = i;
        while (start > 0 && !ARTICLES.has(norms[start - 1]) && !BE.has(norms[start - 1]) && !/^(has|have|got|owns)$/.test(norms[start - 1]) && !/^\d/.test(norms[start - 1])) start--;
        const text = tokens.slice(start, norms[i] === thing || norms[i] === `${thing}s` ? i : i + 1).map((token) => token.raw || token.norm).join(' ');
        if (text) return { text, rank: 0 };
      }
      return undefined;
    }
    case 'study': {
      for (let i = 0; i < tokens.length; i++) {
        if (!words.studies.has(norms[i])) continue;
        let at = i + 1;
        if (norms[at] === 'in') at++;
        const text = phrase(tokens, at, words, 4);
        if (text) return { text, rank: 0 };
      }
      return undefined;
    }
    case 'work': {
      for (let i = 0; i < tokens.length; i++) {
        // "works as a bus driver", "works at a ski shop".
        if (words.workVerbs.has(norms[i]) && norms[i + 1] === 'as') return { text: phrase(tokens, ARTICLES.has(norms[i + 2] ?? '') ? i + 3 : i + 2, words), rank: 0 };
        if (words.workVerbs.has(norms[i]) && ['at', 'for'].includes(norms[i + 1] ?? '')) return { text: `${raw(i)} ${raw(i + 1)} ${phrase(tokens, i + 2, words)}`, rank: 1 };
        // "teaches at a primary school", "sells houses": what they do, said right after who they are.
        // "my buddy ravi from the gym teaches at …": past a few words of where they are from.
        const tag = senses.tags(norms[i])?.[0];
        if (i < LEAD && tag === 'VBZ' && !words.notWork.has(norms[i]) && !norms.slice(0, i).some((norm) => BE.has(norm) || senses.tags(norm)?.[0]?.startsWith('VB'))) {
          const end = norms.findIndex((norm, j) => j > i && (['in', 'from', 'near', 'since'].includes(norm) || BE.has(norm)));
          return { text: tokens.slice(i, end < 0 ? Math.min(tokens.length, i + 6) : Math.min(end, i + 6)).map((token) => token.raw || token.norm).join(' '), rank: 2 };
        }
        // "is a nurse", "he's our accountant": a noun of a person after "is a".
        if (BE.has(norms[i]) && ARTICLES.has(norms[i + 1] ?? '')) {
          const text = phrase(tokens, i + 2, words);
          const head = text.split(' ').at(-1)?.toLowerCase() ?? '';
          if (head && senses.isPerson(head)) return { text, rank: 0 };
        }
      }
      return undefined;
    }
  }
}
