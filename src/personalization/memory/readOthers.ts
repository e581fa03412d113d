import PresentVerbInflector from 'natural/lib/natural/inflectors/present_verb_inflector';
import type { Someone } from '../../profile/userProfile';
import { skipFillers } from './clauses';
import { AGE_KIND, ageAt } from './readAge';
import { numberOf } from './readCounts';
import type { BirthOrder, MemoryLexicon } from './factKinds';
import type { Token } from './tokens';
import { describesAnimal } from './kindNouns';

/** A fact stated about someone in the person's life ("my sister is a pharmacist"): `kind` is the fact's kind (job). */
export interface StatedAbout {
  kind: string;
  value: string;
  about: Someone;
  loose?: boolean;
  /** The noun that introduced a name said of them ("hamster" for Nugget in "my daughter has a hamster called Nugget"). */
  detail?: string;
}

/** What the statement reader finds in words said as the person's own ("i am a pharmacist"). */
export type ReadOwnFacts = (tokens: Token[]) => ReadonlyArray<{ kind: string; value: string; loose?: boolean }>;

/** What one clause says about others, who it leaves in focus for a pronoun later, and the verbs that opened what it said. */
export interface AboutReading {
  facts: StatedAbout[];
  focus?: Someone;
  /** Words read as a verb after someone ("my wife *works* as …"): never that person's name. */
  verbs: string[];
  /** The clause has no subject and goes on about the one in focus: nothing in it is the person's own. */
  continued?: boolean;
  /** The clause opens with a pronoun that says something kept, but no one was named for it to stand for. */
  unresolved?: boolean;
}

const inflector = new PresentVerbInflector();
/** A third person's verb as the person would say it of themselves ("she is" → "i am", "he has" → "i have"). */
const FIRST_PERSON: Record<string, string> = { is: 'am', are: 'am', was: 'was', were: 'was', has: 'have', does: 'do', "'s": 'am' };
/** Pronouns that stand for someone just named ("…, she's a pharmacist"). */
const PRONOUNS = new Set(['he', 'she', 'they']);
/** "her job is …": what is theirs, said as one says "my job is …". */
const THEIR = new Set(['his', 'her', 'their']);
const OWN = new Set(['my', 'our']);
/** Words that open a question about what was told. */
const ASKING = new Set(['what', 'where', 'when', 'which', 'who', 'how', 'whats', 'does', 'did', 'is', 'was', 'has', 'do']);
/** Words before a noun that bring someone in ("my sister", "a daughter", "got twins"). */
const INTRODUCERS = new Set(['my', 'our', 'a', 'an', 'the', 'have', 'got', 'two', 'three']);
/** What parts the names of a list ("Zara, Ibrahim *and* baby Hana"). */
const LISTING = new Set([',', 'and', '&']);
/** Where a pronoun may start saying something new: after a comma or "and" ("…, she's 4 and obsessed with …"). */
const BOUNDARIES = new Set([',', 'and', 'but', 'so']);
/** Words between "my" and a noun that only describe ("my *little* sister", "my *older* brother"). */
const DESCRIBING = new Set(['little', 'big', 'older', 'younger', 'elder', 'eldest', 'oldest', 'youngest', 'middle', 'baby', 'twin', 'step', 'new', 'lovely', 'dear', 'amazing', 'beautiful', 'wonderful', 'sweet']);

/**
 * What a clause tells about the people in the person's life, read as if they had said it themselves: "my
 * sister is a pharmacist" is "i am a pharmacist" about the sister, "my brother lives in Oslo" is "i live in
 * Oslo" about the brother, "a daughter, Elif, she's 4 and obsessed with dinosaurs" is "i am obsessed with
 * dinosaurs" about the daughter. Only kinds that say how they are kept `about` others count. A pronoun
 * ("she", "he", "they") leans on the last person named, in this clause or one before (`focus`).
 */
export function readAboutOthers(tokens: readonly Token[], focus: Someone | undefined, relations: ReadonlyArray<{ kind: string; value: string; detail?: string }>, lexicon: MemoryLexicon, readOwn: ReadOwnFacts, told: readonly StatedAbout[] = [], goesOn = false): AboutReading {
  const reading: AboutReading = { facts: [], verbs: [] };
  let current = focus;
  const start = skipFillers(tokens, 0, lexicon.fillers);
  /** Reads what is said of `person` from `at`: where it ends, or -1 when nothing there is kept. */
  const said = (at: number, person: Someone): number => {
    const end = predicateEnd(tokens, at);
    const facts = readPredicate(tokens, at, end, lexicon, readOwn);
    for (const fact of facts) reading.facts.push({ ...fact, about: person });
    if (facts.length > 0) reading.verbs.push(tokens[skipFillers(tokens, at, lexicon.fillers)]?.norm ?? '');
    return facts.length > 0 ? end : -1;
  };
  // "my daughter Ivy is 9, in 4th grade at Oakmont": a clause with no subject of its own, right after one that said
  // something of someone (`goesOn`), goes on saying what they are.
  if (focus && goesOn && continuesAbout(tokens, start, relations, lexicon)) {
    // What the message already told of them stays ("in grade 9 at Northside, first year of high school").
    const read = readPredicate([...spoken(['is']), ...tokens.slice(start)], 0, tokens.length - start + 1, lexicon, readOwn).filter((fact) => fact.kind !== AGE_KIND);
    const facts = read.filter((fact) => !told.some((one) => one.kind === fact.kind && one.about.noun === focus.noun && one.about.name === focus.name));
    if (read.length > 0) return { facts: facts.map((fact) => ({ ...fact, about: focus })), verbs: [], focus, continued: true };
  }
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].norm;
    const person = personAt(tokens, i, lexicon);
    // Told as in notes, the noun opening the clause ("twins are Ada and Max, they're 4", "mum's from Goa").
    const opening = skipDescribing(tokens, i - 1) < start;
    // "Zara, Ibrahim and baby Hana who's 10 months": in a list, a noun before a name told with it.
    const listed = person?.kind !== undefined && LISTING.has(tokens[i - 1]?.norm ?? '') && nameAfter(tokens, i + person.length, { kind: person.kind, noun: person.noun }, relations)?.end === i + person.length + 1;
    // "mum of two", "mom to twins Abe and Ruth", "dad to a 6-year-old": the person telling of themselves, no one else.
    const parentOf = person !== undefined && ['of', 'to'].includes(tokens[i + person.length]?.norm ?? '') && (numberOf(tokens[i + person.length + 1]?.norm ?? '') !== undefined || personAt(tokens, i + person.length + 1, lexicon) !== undefined || ['a', 'an'].includes(tokens[i + person.length + 1]?.norm ?? ''));
    if (parentOf) {
      i += person.length;
      continue;
    }
    if (person && (INTRODUCERS.has(tokens[skipDescribing(tokens, i - 1)]?.norm ?? '') || opening || listed)) {
      const after = i + person.length;
      const name = person.kind ? nameAfter(tokens, after, { kind: person.kind, noun: person.noun }, relations) : capitalizedAfter(tokens, after);
      current = { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun, ...(name ? { name: name.value } : {}) };
      // "my sister (Amina) is a pharmacist", "a sister (, Amina,) who lives in Oslo": said of them.
      const subject = opening || (OWN.has(tokens[skipDescribing(tokens, i - 1)]?.norm ?? '') && skipDescribing(tokens, i - 1) === start);
      let read = -1;
      // After the name first ("my sister Amina is …"); right after the noun, a word read as a name was the verb
      // ("my wife works as …"), so the person is kept without it.
      for (const at of [name?.end, after]) {
        if (at === undefined || read >= 0) continue;
        const next = tokens[at]?.norm === ',' ? at + 1 : at;
        const who: Someone = at === name?.end ? current : { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun };
        if (tokens[next]?.norm === 'who') read = said(next + 1, who);
        else if (subject) read = said(next, who);
        if (read >= 0) current = who;
      }
      i = Math.max(i, read - 1, after - 1);
      continue;
    }
    // "I have twin daughters Lena and Marisol, Lena lives in Phoenix": a clause opened by the name of someone told of
    // says something of them.
    const named = i === start || BOUNDARIES.has(tokens[i - 1]?.norm ?? '') ? relations.find((one) => lexicon.people.has(one.kind) && tokens[i].raw !== '' && one.value.split(' ')[0] === tokens[i].raw) : undefined;
    if (named) {
      const who: Someone = { kind: named.kind, noun: named.detail ?? named.kind, name: named.value };
      const read = said(named.value === tokens.slice(i, i + named.value.split(' ').length).map((token) => token.raw).join(' ') ? i + named.value.split(' ').length : i + 1, who);
      if (read >= 0) {
        current = who;
        i = read - 1;
        continue;
      }
    }
    // "my friend Tom, he lives in Paris": someone not kept is in focus now, so a pronoun is not about the last person kept.
    if (OWN.has(word) && i + 1 < tokens.length && !personAt(tokens, i + 1, lexicon) && !DESCRIBING.has(tokens[i + 1].norm)) current = undefined;
    // "my mom is called Cláudia she's a nurse": a pronoun right after the name starts what is said of them, comma or not.
    const opens = i === start || BOUNDARIES.has(tokens[i - 1]?.norm ?? '') || (PRONOUNS.has(word) && current?.name !== undefined && tokens[i - 1]?.raw === current.name.split(' ').at(-1));
    // "she's a pharmacist" with no one named before: it may lean on the previous message.
    if (!current && i === start && PRONOUNS.has(word) && readPredicate(tokens, i + 1, predicateEnd(tokens, i + 1), lexicon, readOwn).length > 0) reading.unresolved = true;
    if (!current || !opens) continue;
    if (PRONOUNS.has(word)) i = Math.max(i, said(i + 1, current) - 1);
    // "her job is nursing" → "my job is nursing"
    else if (THEIR.has(word)) {
      const end = predicateEnd(tokens, i + 1);
      const facts = aboutKinds(readOwn([...spoken(['my']), ...tokens.slice(i + 1, end)]), lexicon);
      for (const fact of facts) reading.facts.push({ ...fact, about: current });
    }
  }
  return { ...reading, ...(current ? { focus: current } : {}) };
}

/** Words that make a clause say who it is about: it goes on about no one else. */
const SUBJECTS = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'you', 'your', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'its', 'this', 'that', 'there', 'these', 'those', 'the']);

/** Whether a clause opens with no subject of its own ("in 4th grade at Oakmont", "sophomore at Westview") and names no one. */
function continuesAbout(tokens: readonly Token[], start: number, relations: ReadonlyArray<{ kind: string; value: string }>, lexicon: MemoryLexicon): boolean {
  const first = tokens[start];
  if (!first || SUBJECTS.has(first.norm) || first.raw === '') return false;
  return !tokens.some((token, i) => SUBJECTS.has(token.norm) || personAt(tokens, i, lexicon) !== undefined || relations.some((one) => one.value.split(' ')[0] === token.raw));
}

/** Words that open what is said of someone right after their name and a comma ("Owen, *a* paramedic"). */
const APPOSITIVE = new Set(['a', 'an']);

/**
 * What is said of someone right after their name, between commas: "married to Owen, who is a paramedic", "my
 * wife is Ines, a dentist". `named` are the people the clause named (a kind of `lexicon.people`); a fact
 * already read about one of them is not read again.
 */
export function readAppositions(tokens: readonly Token[], named: ReadonlyArray<{ kind: string; value: string; detail?: string }>, known: readonly StatedAbout[], lexicon: MemoryLexicon, readOwn: ReadOwnFacts): StatedAbout[] {
  const facts: StatedAbout[] = [];
  for (const person of named) {
    if (!lexicon.people.has(person.kind) || known.some((fact) => fact.about.name === person.value)) continue;
    const words = person.value.toLowerCase().split(/\s+/);
    const at = tokens.findIndex((_, i) => words.every((word, j) => tokens[i + j]?.raw.toLowerCase() === word));
    const next = at < 0 || tokens[at + words.length]?.norm !== ',' ? -1 : at + words.length + 1;
    if (next < 0 || next >= tokens.length) continue;
    const noun = person.detail ?? lexicon.kinds.get(person.kind)?.nouns.find((entry) => entry.general && entry.words.length === 1)?.detail ?? person.kind;
    const about: Someone = { kind: person.kind, noun, name: person.value };
    const comma = tokens.findIndex((token, i) => i > next && token.norm === ',');
    const end = comma < 0 ? tokens.length : comma;
    const said = tokens[next].norm === 'who' || PRONOUNS.has(tokens[next].norm) ? readPredicate(tokens, next + 1, end, lexicon, readOwn) : APPOSITIVE.has(tokens[next].norm) ? readPredicate([...spoken(['is']), ...tokens.slice(next, end)], 0, end - next + 1, lexicon, readOwn) : [];
    facts.push(...said.map((fact) => ({ ...fact, about })));
  }
  return facts;
}

/**
 * "Partner: Amy (vet)", "my wife Olga (a nurse)": an aside in brackets right after the name of someone named in
 * the message is said of them, as "Amy, a vet" — never of the person.
 */
export function readAside(words: readonly Token[], named: ReadonlyArray<{ kind: string; value: string; detail?: string }>, lexicon: MemoryLexicon, readOwn: ReadOwnFacts): StatedAbout[] | undefined {
  const after = words[0]?.asideAfter;
  const person = after === undefined ? undefined : [...named].reverse().find((fact) => lexicon.people.has(fact.kind) && fact.value.split(/\s+/).at(-1) === after);
  if (!person) return undefined;
  const noun = person.detail ?? lexicon.kinds.get(person.kind)?.nouns.find((entry) => entry.general && entry.words.length === 1)?.detail ?? person.kind;
  const about: Someone = { kind: person.kind, noun, name: person.value };
  // "my son Rory (he's 9)": an aside that says it of them with a pronoun is read as its predicate.
  if (PRONOUNS.has(words[0].norm) && words[1] !== undefined && /^(is|was|are)$/.test(words[1].norm)) {
    const predicate = words.slice(1);
    return readPredicate(predicate, 0, predicate.length, lexicon, readOwn).map((fact) => ({ ...fact, about }));
  }
  const said = APPOSITIVE.has(words[0].norm) || words[0].norm === 'who' ? [...words] : [...spoken(['a']), ...words];
  const read = readPredicate([...spoken(['is']), ...said], 0, said.length + 1, lexicon, readOwn);
  return read.map((fact) => ({ ...fact, about }));
}

/**
 * A question about someone in the person's life, asked as of the person: "what does my sister do?" is "what
 * do i do?", "where's my girlfriend from?" "where am i from?", "what's my wife's job?" "what is my job?".
 * `ask` reads the question so made; only kinds kept `about` others answer it.
 */
export function aboutQuestion<Q extends { kinds: string[] }>(tokens: readonly Token[], lexicon: MemoryLexicon, ask: (tokens: Token[]) => Q | undefined): (Q & { about: Someone; rank?: BirthOrder }) | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const person = personAt(tokens, i, lexicon);
    const own = skipDescribing(tokens, i - 1);
    // "what's mum's dog called?": whose, said without "my".
    const whose = person !== undefined && tokens[i + person.length]?.norm === "'s" && !OWN.has(tokens[own]?.norm ?? '') && tokens[own]?.norm !== 'the';
    // "how old is Dad?", "where does Grandma live?": a noun of one's own people typed as a name, said without "my"; not a
    // word of another language kept as one ("Abuela" may be a tortoise's name).
    const asName = person?.kind !== undefined && person.noun === tokens[i].norm && /^\p{Lu}/u.test(tokens[i].raw) && !OWN.has(tokens[own]?.norm ?? '') && tokens[own]?.norm !== 'the' && !INTRODUCERS.has(tokens[i - 1]?.norm ?? '');
    if (whose || asName) return aboutQuestion([...tokens.slice(0, i), ...spoken(['my']), ...tokens.slice(i)], lexicon, ask);
    // "what are Jess's cats called?": an animal of someone told of by name alone.
    const named = !person && /^\p{Lu}\p{Ll}/u.test(tokens[i].raw) && tokens[i + 1]?.norm === "'s" && !OWN.has(tokens[i - 1]?.norm ?? '');
    if (named) {
      const read = ask([...tokens.slice(0, i), ...spoken(['my']), ...tokens.slice(i + 2)]);
      const kinds = read ? aboutKindNames(read.kinds, lexicon).filter((kind) => lexicon.kinds.get(kind)?.definition.value === 'name') : [];
      if (read && kinds.length > 0) return { ...read, kinds, about: { noun: '', name: tokens[i].raw } };
    }
    // "how old is the baby?": one of the person's own kinds of people, by "the" as well.
    if (!person || !(OWN.has(tokens[own]?.norm ?? '') || (person.kind !== undefined && tokens[own]?.norm === 'the'))) continue;
    let after = i + person.length;
    // "what does my sister Amina do?"
    // "how old is my son Nikau?": the name may end the question, when it is asked about someone (a kind).
    const last = after + 1 === tokens.length && person.kind !== undefined;
    const name = tokens[after] && /^\p{Lu}/u.test(tokens[after].raw) && !(tokens[after].norm in FIRST_PERSON) && (after + 1 < tokens.length || last) ? tokens[after].raw : undefined;
    if (name) after++;
    const possessive = tokens[after]?.norm === "'s";
    const before = tokens.slice(0, own).map((token) => (possessive ? token : asSaidOfOneself(token)));
    const rest = tokens.slice(possessive ? after + 1 : after);
    const question = possessive ? [...before, ...spoken(['my']), ...rest] : [...before, ...spoken(['i']), ...rest.map((token, index) => (index === 0 ? asSaidOfOneself(token) : token))];
    const read = ask(question);
    if (!read) return undefined;
    const kinds = aboutKindNames(read.kinds, lexicon);
    // "my middle kid", "my eldest son": which one of them by age.
    const rank = tokens.slice(own + 1, i + person.length).map((token) => lexicon.birthOrder.get(token.norm)).find((order) => order !== undefined);
    return kinds.length > 0 ? { ...read, kinds, about: { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun, ...(name ? { name } : {}) }, ...(rank && !name ? { rank } : {}) } : undefined;
  }
  return undefined;
}

/**
 * "Amira's age", "Joe's birthday": a kind told about someone named by their name alone, read as "my age" is. The name
 * is written with a capital or is no word the dictionary knows; who they are is found among those told of.
 */
export function namedAbout<Q extends { kinds: string[] }>(tokens: readonly Token[], lexicon: MemoryLexicon, tags: (word: string) => readonly string[] | undefined, ask: (tokens: Token[]) => Q | undefined): (Q & { about: Someone }) | undefined {
  const [first, possessive] = tokens;
  if (tokens.length < 3 || possessive.norm !== "'s" || OWN.has(first.norm) || !/^\p{L}+$/u.test(first.norm)) return undefined;
  // "it's", "that's": a word that names no one.
  const tag = tags(first.norm)?.[0];
  if ((tag !== undefined && !tag.startsWith('NN')) || (!/^\p{Lu}/u.test(first.raw) && tag !== undefined)) return undefined;
  const read = ask([...spoken(['my']), ...tokens.slice(2)]);
  const kinds = read ? aboutKindNames(read.kinds, lexicon) : [];
  return read && kinds.length > 0 ? { ...read, kinds, about: { noun: '', name: first.raw || first.norm } } : undefined;
}

/** "what health problems does my mother have?": the one in the person's life a question asks about, by "my" and a noun. */
export function someoneAsked(tokens: readonly Token[], lexicon: MemoryLexicon): Someone | undefined {
  // Only a question asked of what was told ("what …", "does …"), not a request ("remind me to call my mum").
  if (!ASKING.has(tokens[skipFillers(tokens, 0, lexicon.fillers)]?.norm ?? '')) return undefined;
  for (let i = 1; i < tokens.length; i++) {
    const person = OWN.has(tokens[skipDescribing(tokens, i - 1)]?.norm ?? '') ? personAt(tokens, i, lexicon) : undefined;
    if (person) return { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun };
  }
  return undefined;
}

/** Whether `noun` of a people kind means any of them ("my kids", "my partner"). */
export function isGeneralNoun(kind: string, noun: string, lexicon: MemoryLexicon): boolean {
  return lexicon.kinds.get(kind)?.nouns.some((known) => known.general && known.detail === noun) === true;
}

/**
 * What follows the verb after someone, read as the person's own words: the verb as of oneself first ("works
 * as a nurse" → "i work as a nurse"); then each part after "and" or a comma, which shares the subject ("is 4
 * and obsessed with dinosaurs" → "i am obsessed with dinosaurs").
 */
function readPredicate(tokens: readonly Token[], at: number, end: number, lexicon: MemoryLexicon, readOwn: ReadOwnFacts): ReadonlyArray<{ kind: string; value: string; loose?: boolean }> {
  const verbAt = skipFillers(tokens, at, lexicon.fillers);
  if (verbAt >= end) return [];
  const verb = tokens[verbAt];
  // "he's two and a half", "who's 10 months", "just turned 1 last Tuesday": a child's age, however young, and
  // what follows it read on ("is 5 months and just started crawling").
  const ageFrom = lexicon.ageVerbs.has(verb.norm) || lexicon.ageHaveVerbs.has(verb.norm) ? skipFillers(tokens, verbAt + 1, lexicon.fillers) : -1;
  const first = ageFrom >= 0 && ageFrom < end ? ageAt(tokens.slice(0, end), ageFrom, lexicon, lexicon.ageHaveVerbs.has(verb.norm)) : undefined;
  // "my parents are 70 and 74": ages of several, none of them one's alone.
  const more = first !== undefined && BOUNDARIES.has(tokens[first.end]?.norm ?? '') && ageAt(tokens.slice(0, end), skipFillers(tokens, first.end + 1, lexicon.fillers), lexicon) !== undefined;
  const age = more ? undefined : first;
  // "is into lego and speaks Turkish": a later verb of theirs is said as of oneself too.
  const rest = tokens.slice(age ? age.end : verbAt + 1, end).map((token, i, all) => (i > 0 && BOUNDARIES.has(all[i - 1].norm) && lexicon.statementVerbs.has(firstPerson(token.norm)) ? asSaidOfOneself(token) : token));
  // "my wife's a nurse", "my sister's job is …", "he's been a teacher": "'s" is "is", a possessive or "has".
  const attempts = verb.norm === "'s" ? [[...spoken(['my']), ...rest], [...spoken(['i', 'am']), ...rest], [...spoken(['i', 'have']), ...rest]] : [[...spoken(['i', firstPerson(verb.norm)]), ...rest]];
  const facts: Array<{ kind: string; value: string; loose?: boolean }> = [];
  const add = (found: ReadonlyArray<{ kind: string; value: string; loose?: boolean }>) => {
    const fresh = aboutKinds(found, lexicon).filter((fact) => !facts.some((known) => known.value.toLowerCase() === fact.value.toLowerCase()));
    facts.push(...fresh);
    return fresh.length > 0;
  };
  // "is 4 and obsessed with …": the first part alone when the whole says nothing.
  const cut = rest.findIndex((token) => BOUNDARIES.has(token.norm));
  const heads = cut > 0 ? [...attempts, ...attempts.map((attempt) => attempt.slice(0, attempt.length - rest.length + cut))] : attempts;
  // "he's two and a half", "who's 10 months", "just turned 1 last Tuesday": a child's age, however young; what
  // follows it is read on ("is 5 months and just started crawling").
  if (age) facts.push({ kind: AGE_KIND, value: age.value });
  else for (const attempt of heads) if (add(readOwn(attempt))) break;
  const be = verb.norm === "'s" || firstPerson(verb.norm) === 'am';
  for (const part of parts(rest)) {
    const first = part[0];
    const tries = [[...spoken(['i', firstPerson(first.norm)]), ...part.slice(1)], ...(be ? [[...spoken(['i', 'am']), ...part]] : [])];
    for (const attempt of tries) if (add(readOwn(attempt))) break;
  }
  // "she will be 12 in March": an age to come is not their age now.
  return lexicon.ageLater.has(verb.norm) ? facts.filter((fact) => fact.kind !== AGE_KIND) : facts;
}

/** Where what is said of someone ends: before the next pronoun that starts something new, or at the end. */
function predicateEnd(tokens: readonly Token[], from: number): number {
  for (let i = from + 1; i < tokens.length; i++) if (PRONOUNS.has(tokens[i].norm) && BOUNDARIES.has(tokens[i - 1].norm)) return i - 1;
  return tokens.length;
}

/** The pieces after each "and" or comma. */
function parts(tokens: readonly Token[]): Token[][] {
  const found: Token[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!BOUNDARIES.has(tokens[i].norm)) continue;
    let from = i + 1;
    while (from < tokens.length && BOUNDARIES.has(tokens[from].norm)) from++;
    if (from < tokens.length) found.push(tokens.slice(from));
  }
  return found;
}

function firstPerson(verb: string): string {
  if (Object.hasOwn(FIRST_PERSON, verb)) return FIRST_PERSON[verb];
  return verb.length > 3 && verb.endsWith('s') && !verb.endsWith('ss') ? inflector.pluralize(verb) : verb;
}

function asSaidOfOneself(token: Token): Token {
  const verb = firstPerson(token.norm);
  return verb === token.norm ? token : { raw: token.raw, norm: verb };
}

/** Facts of kinds kept about others, read from what is said of them; never names (the owner reader keeps a sister's dog as hers). */
function aboutKinds(facts: ReadonlyArray<{ kind: string; value: string; loose?: boolean }>, lexicon: MemoryLexicon): Array<{ kind: string; value: string; loose?: boolean }> {
  return facts.filter((fact) => aboutKindNames([fact.kind], lexicon).length > 0 && lexicon.kinds.get(fact.kind)?.definition.value !== 'name').map(({ kind, value, loose }) => ({ kind, value, ...(loose ? { loose } : {}) }));
}

/** Kinds kept about others too (`about`): "what's my son's dog called?" is asked of them. */
function aboutKindNames(kinds: readonly string[], lexicon: MemoryLexicon): string[] {
  return kinds.filter((kind) => lexicon.kinds.get(kind)?.definition.about !== undefined);
}

/** A noun of a people kind at `at` ("sister", "little ones"), or of someone not kept by name ("mum", "best friend"), with its length in tokens. */
export function personAt(tokens: readonly Token[], at: number, lexicon: MemoryLexicon): { kind?: string; noun: string; length: number } | undefined {
  if (at < 0 || at >= tokens.length) return undefined;
  // "the mother cat", "our mama dog": a word for kin said before an animal describes the animal, and is no one.
  if (describesAnimal(tokens, at, lexicon)) return undefined;
  // The longer wins: "sister in law" is not a sister.
  const other = lexicon.otherPeople.get(tokens[at].norm)?.find((words) => words.every((word, i) => tokens[at + i]?.norm === word));
  for (const { kind, noun } of lexicon.nouns.get(tokens[at].norm) ?? []) {
    if (!lexicon.people.has(kind) || at + noun.words.length > tokens.length || (other && other.length > noun.words.length)) continue;
    const matches = noun.words.every((word, i) => tokens[at + i].norm === word || (i === noun.words.length - 1 && tokens[at + i].norm === `${word}s`));
    if (matches) return { kind, noun: noun.detail, length: noun.words.length };
  }
  return other ? { noun: other.join(' '), length: other.length } : undefined;
}

/** Back from `at` past describing words ("my little sister"): the index of the word before them. */
function skipDescribing(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i >= 0 && DESCRIBING.has(tokens[i].norm)) i--;
  return i;
}

/** The name the relation reader found for this person, said within a few words after the noun ("a daughter, Elif,"). */
function nameAfter(tokens: readonly Token[], after: number, person: { kind: string; noun: string }, relations: ReadonlyArray<{ kind: string; value: string; detail?: string }>): { value: string; end: number } | undefined {
  for (const relation of relations) {
    if (relation.kind !== person.kind || relation.detail !== person.noun) continue;
    const words = relation.value.toLowerCase().split(/\s+/);
    for (let at = after; at < Math.min(tokens.length, after + 4); at++) {
      if (words.every((word, i) => tokens[at + i]?.raw.toLowerCase() === word)) return { value: relation.value, end: at + words.length };
    }
  }
  return undefined;
}

/**
 * "my friend Tom", "my boss, Carla,": a capitalized word right after the noun of someone not kept by name (their
 * name is not read elsewhere). A verb after them is tried first, so "my mum Works …" does not get here.
 */
function capitalizedAfter(tokens: readonly Token[], after: number): { value: string; end: number } | undefined {
  const at = tokens[after]?.norm === ',' ? after + 1 : after;
  const token = tokens[at];
  return token?.raw && /^\p{Lu}\p{Ll}+$/u.test(token.raw) && !Object.hasOwn(FIRST_PERSON, token.norm) ? { value: token.raw, end: at + 1 } : undefined;
}

/**
 * "forget my mum", "forget my friend Tom": everything told about someone not kept by name, or undefined when
 * the words are not just such a person.
 */
export function someoneNamed(tokens: readonly Token[], lexicon: MemoryLexicon): Someone | undefined {
  const own = tokens.findIndex((token) => OWN.has(token.norm));
  const at = own < 0 ? -1 : skipForward(tokens, own + 1);
  const person = at >= 0 ? personAt(tokens, at, lexicon) : undefined;
  if (!person || person.kind) return undefined;
  const name = capitalizedAfter(tokens, at + person.length);
  const end = name?.end ?? at + person.length;
  return tokens.slice(end).every((token) => lexicon.fillers.has(token.norm)) && tokens.slice(0, own).every((token) => lexicon.fillers.has(token.norm)) ? { noun: person.noun, ...(name ? { name: name.value } : {}) } : undefined;
}

/** Forward past describing words ("my *best* friend" is the noun itself; "my *dear* mum"). */
function skipForward(tokens: readonly Token[], at: number): number {
  let i = at;
  while (i < tokens.length && DESCRIBING.has(tokens[i].norm)) i++;
  return i;
}

/** Tokens for words the person did not type: never read as a name. */
function spoken(norms: readonly string[]): Token[] {
  return norms.map((norm) => ({ raw: '', norm }));
}
