import type { MemoryReading, StatedFact } from '../../personalization/memory/readMemory';
import { measuredAt, sortedValues, type LatestValue, type Measured } from '../../personalization/memory/readLatest';
import { nounAt } from '../../personalization/memory/kindNouns';
import { numberOf } from '../../personalization/memory/readCounts';
import { figureNamed, figureOf, nounsByFigure, opensWithCurrency } from '../../personalization/memory/figureNamed';
import { nounKinds } from '../../nlu/nounKinds';
import type { MemoryLexicon } from '../../personalization/memory/factKinds';
import { isPunctuation, tokenize, typedText } from '../../personalization/memory/tokens';
import { applyChanges, type ProfileChange } from '../../profile/profileChanges';
import { displayName, learningActive, type Fact, type Note, type UserProfile } from '../../profile/userProfile';
import { escapeRegExp } from '../../util/escapeRegExp';
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { setTemporalRight, temporalSetRight, temporalValues } from '../../personalization/memory/temporalValues';

type Tags = (word: string) => readonly string[] | undefined;

/**
 * The latest value wins: a value said to hold now in place of another (`readLatest`) sets right every kept fact,
 * fact about someone and note that says the old one ("I'm going to Japan in April" becomes "… to Korea in April"),
 * and what this message says of the old one is not kept. An old value the message does not name is the one of
 * the new value's sort in what was told last (or last of the one it names: "Reggie moved, he's in Augusta now");
 * never the name of someone told of, nor one already said before. With no old value kept, nothing changes.
 */
export function withLatest(reading: MemoryReading, latest: readonly LatestValue[], profile: UserProfile, lexicon: MemoryLexicon, tags: Tags, at: string): { reading: MemoryReading; changes: ProfileChange[] } {
  if (!learningActive(profile)) return { reading, changes: [] };
  let read = reading;
  let kept = profile;
  const changes: ProfileChange[] = [...notesSetRight(reading, profile)];
  // What the message is read to state or set right ("correction: we live in Cusco now") is set right as read.
  const readAsFacts = reading.facts.length > 0 || reading.others.length > 0 || reading.removals.length > 0 || reading.correctedPlace !== undefined;
  for (const one of latest) {
    // "she changed my ramipril to 10mg": the amount in that unit in the note that names the ramipril.
    if (one.measured) {
      const rewrite = measuredSetRight(one, one.measured, profile, lexicon, tags);
      if (rewrite) changes.push(rewrite);
      continue;
    }
    // "make that 4, my daughter Kelly just had a baby boy": a number, day or time not read into a fact still sets one right.
    const unread = (one.sort === 'number' || one.sort === 'day' || one.sort === 'time') && !read.facts.some((fact) => saysWords(fact.value, one.value));
    if (!one.not && readAsFacts && !unread) continue;
    if (one.handedOver) {
      const handed = handedOverIn(one.value, one.handedOver, read, kept, lexicon);
      if (!handed) continue;
      read = handed.reading;
      changes.push(...handed.changes);
      kept = applyChanges(structuredClone(kept), handed.changes);
      continue;
    }
    const pair = one.not ? { value: one.value, not: one.not } : oldOfSort(one, read, kept, lexicon, tags);
    // "actually I got the student rate on prime, it's 300 now": a figure in place of the one said of what it names.
    const figure = one.sort === 'number' ? figureOf(one.value) : undefined;
    const priced = !pair && figure !== undefined ? measuredSetRight(one, { number: figure }, kept, lexicon, tags) : undefined;
    if (priced) changes.push(priced);
    if (!pair || same(pair.not, pair.value)) continue;
    // "they moved stats to Friday": only what names stats is set right, not another thing kept on the same day.
    const applied = replaceEverywhere(pair.not, pair.value, read, kept, lexicon, one.moved);
    if (!applied) continue;
    read = applied.reading;
    changes.push(...applied.changes);
    // "moved me to sunday at 11": the time is set right in what the day's change already said anew.
    kept = applyChanges(structuredClone(kept), applied.changes);
    // "Beatriz, I should say, is studying to be a vet": a correction never renames the person after someone told of.
    if (read.name !== undefined && namesSomeone(read.name, profile, lexicon)) {
      read = { ...read };
      delete read.name;
    }
    // "Mr Whiskers was my childhood cat": what is said of the old value is kept, as said.
    if (one.oldSaid) changes.push({ type: 'rememberNote', text: one.oldSaid, at });
  }
  return { reading: read, changes };
}

/**
 * "Salim has retired, his nephew Imran has taken over" after "my barber is Salim": what was kept of the first name
 * the message says before the new one that was told before says the new one; the message itself is kept as said. Never of one kept as someone close (family, a friend,
 * the user), nor when the new name was told before.
 */
function handedOverIn(value: string, handed: NonNullable<LatestValue['handedOver']>, reading: MemoryReading, profile: UserProfile, lexicon: MemoryLexicon): { reading: MemoryReading; changes: ProfileChange[] } | undefined {
  const notes = profile.memory.notes ?? [];
  const toldBefore = (name: string) => notes.some((note) => saysWords(note.text, name)) || profile.memory.facts.some((fact) => saysWords(fact.value, name));
  if (toldBefore(value)) return undefined;
  const close = new Set([...profile.memory.facts.filter((fact) => lexicon.people.has(fact.key)).map((fact) => fact.value.toLowerCase()), ...(profile.memory.aboutOthers ?? []).flatMap((fact) => (fact.about.name ? [fact.about.name.toLowerCase()] : [])), ...[displayName(profile), reading.name].flatMap((name) => (name ? name.toLowerCase().split(/\s+/) : []))]);
  const old = handed.before.find((name) => toldBefore(name));
  if (!old || close.has(old.toLowerCase())) return undefined;
  const applied = replaceEverywhere(old, value, reading, profile, lexicon);
  // What the message says of both is true as said ("Salim has retired, Imran has taken over"), and is kept.
  return applied ? { reading: { ...applied.reading, setRightHere: reading.setRightHere ?? [] }, changes: applied.changes } : undefined;
}

/**
 * A kept fact the message sets right with another of its kind ("no wait, it's Turin" after "… in Milan"): the notes
 * that say the old value say the new one.
 */
function notesSetRight(reading: MemoryReading, profile: UserProfile): ProfileChange[] {
  const changes: ProfileChange[] = [];
  for (const removal of reading.removals) {
    const now = reading.facts.filter((fact) => fact.kind === removal.kind);
    if (removal.value === undefined || now.length !== 1 || same(now[0].value, removal.value)) continue;
    const [old, value] = [removal.value, now[0].value];
    for (const note of (profile.memory.notes ?? []).filter((one) => saysWords(one.text, old) && !saysWords(one.text, value))) changes.push({ type: 'rewriteNote', text: note.text, to: replacedWords(note.text, old, value) });
  }
  return changes;
}

/**
 * The new value (the first of those said never told before) and the old one of its sort in the note told last
 * that can hold it, or in the latest note that names a name the message says ("Reggie moved, he's in Augusta now").
 */
function oldOfSort(latest: LatestValue, reading: MemoryReading, profile: UserProfile, lexicon: MemoryLexicon, tags: Tags): { value: string; not: string } | undefined {
  const notes = profile.memory.notes ?? [];
  // "sorry typo, June 13", "nope 9:30": the latest day or time of day kept, in a fact or a note.
  if (latest.sort === 'day' || latest.sort === 'time') return oldTemporal(latest.value, profile, latest.moved);
  const toldBefore = (value: string) => notes.some((note) => saysWords(note.text, value));
  const said = latest.said ?? [];
  const now = said.find((one) => !toldBefore(one.value));
  if (!now) return undefined;
  const people = new Set([...profile.memory.facts.filter((fact) => lexicon.people.has(fact.key)).map((fact) => fact.value.toLowerCase()), ...(profile.memory.aboutOthers ?? []).flatMap((fact) => (fact.about.name ? [fact.about.name.toLowerCase()] : [])), ...reading.facts.filter((fact) => lexicon.people.has(fact.kind)).map((fact) => fact.value.toLowerCase()), ...[displayName(profile), reading.name].flatMap((name) => (name ? name.toLowerCase().split(/\s+/) : []))]);
  if (people.has(now.value.toLowerCase())) return undefined;
  // "oops i said november, it's been pushed to february now": the old value named, of the new one's sort, told before.
  const named = now.sort === 'month' || now.sort === 'ordinal' ? said.find((one) => one !== now && one.sort === now.sort && toldBefore(one.value) && !same(one.value, now.value)) : undefined;
  if (named) return { value: now.value, not: named.value };
  const beside = said.filter((one) => one !== now && one.sort === 'proper' && toldBefore(one.value)).map((one) => one.value);
  const lastAt = notes.reduce((max, note) => (note.learnedAt > max ? note.learnedAt : max), '');
  const last: Note[] = beside.length > 0 ? [...notes].reverse().filter((note) => beside.some((name) => saysWords(note.text, name))).slice(0, 1) : notes.filter((note) => note.learnedAt === lastAt);
  // "the sauna is $15 a visit and my swim club is $40 a month", kept as two notes: a figure is of the one that says what the message names.
  const figure = now.sort === 'number' ? figureOf(now.value) : undefined;
  const nouns = figure === undefined ? [] : nounsByFigure(latest.near ?? [], figure, (word) => namingNoun(word, lexicon, tags));
  const naming = last.filter((note) => nouns.some((noun) => namesNoun(note.text, noun)));
  // "correction on the candles, marlene raised em to $14 a pair now" told after a note of a hive bought for $85: a
  // figure is of the latest note that names what the message names, when the note told last names none of it.
  const told = naming.length > 0 ? naming : (latestNaming(notes, nouns) ?? last);
  for (const note of told) {
    const tokens = tokenize(note.text, lexicon.contractedIs);
    // "Hi, Olivia": a name said alone introduces someone, and no value of theirs.
    const content = tokens.filter((token) => !isPunctuation(token) && !lexicon.fillers.has(token.norm));
    const values = sortedValues(tokens, tags, lexicon.fillers).filter((one) => !same(one.value, typedText(content)));
    // "my friend Priya": one named after a noun for someone is a person, never a value set right.
    const named = (end: number, value: string) => {
      const start = end - value.split(/\s+/).length;
      return [1, 2, 3].some((length) => start - length >= 0 && nounAt(tokens, start - length, lexicon)?.length === length) || (start > 0 && isPersonNoun(tokens[start - 1].norm));
    };
    const at = beside.length > 0 ? values.findIndex((value) => beside.some((name) => same(name, value.value))) : -1;
    // "make that 5 cats": a number kept of something else ("Professor is 31") is not the one.
    const counts = (end: number) => latest.unit === undefined || now !== said[0] || sameNoun(tokens[end]?.norm ?? '', latest.unit);
    const fits = values.slice(at + 1).filter((value) => value.sort === now.sort && counts(value.end) && !people.has(value.value.toLowerCase()) && !named(value.end, value.value) && !beside.some((name) => same(name, value.value)));
    // "oh prime went up, it's ¥300 now" of "youtube premium is 12 a month and prime is ¥250": the figure said nearest what the message names.
    const nearest = figure === undefined ? undefined : figureNamed(note.text, fits.map((value) => value.value), nouns);
    if (nearest !== undefined) return figureOf(nearest) === figure ? undefined : { value: now.value, not: nearest };
    const old = fits.find((value) => !same(value.value, now.value));
    if (old) return { value: now.value, not: old.value };
  }
  // "acutally 25 now" after "24", "make that 5 cats" after "4 cats": a number in place of a number kept as a fact.
  return now.sort === 'number' && beside.length === 0 && now === said[0] ? oldNumberFact(now.value, latest, reading, profile) : undefined;
}

/** The latest note that names one of the nouns, nearest the figure first; undefined when none does. */
function latestNaming(notes: readonly Note[], nouns: readonly string[]): Note[] | undefined {
  const latestFirst = [...notes].sort((a, b) => b.learnedAt.localeCompare(a.learnedAt));
  for (const noun of nouns) {
    const note = latestFirst.find((one) => namesNoun(one.text, noun));
    if (note) return [note];
  }
  return undefined;
}

/** Whether a text says a noun in any of its forms ("candle" of "candles"). */
function namesNoun(text: string, noun: string): boolean {
  const stem = PorterStemmer.stem(noun);
  return wordsOf(text).some((word) => word === noun || PorterStemmer.stem(word) === stem);
}

/**
 * The latest kept day or time of day of the value's sort that the value says otherwise, as typed where it was kept.
 * A day moved for a thing named ("they moved stats to Friday") is the one kept of that thing: in what names it, the
 * one said nearest after its name ("… stats Tue 11am, lab on Thursday"), and nothing when nothing kept names it.
 */
function oldTemporal(value: string, profile: UserProfile, moved?: readonly string[]): { value: string; not: string } | undefined {
  const kept = [...profile.memory.facts.map((fact) => ({ text: fact.value, at: fact.learnedAt, of: factNames(fact) })), ...(profile.memory.notes ?? []).map((note) => ({ text: note.text, at: note.learnedAt, of: '' }))];
  for (const one of kept.sort((a, b) => b.at.localeCompare(a.at))) {
    if (moved === undefined) {
      const old = temporalSetRight(one.text, undefined, value)?.old;
      if (old) return { value, not: old.text };
      continue;
    }
    // A fact is named by its kind or detail ("mot" of an MOT's date), said before what it holds.
    const names = namedAt(one.text, moved);
    if (names.length === 0 && namedAt(one.of, moved).length > 0) names.push(0);
    if (names.length === 0) continue;
    const candidates = temporalValues(one.text).filter((found) => temporalSetRight(found.text, undefined, value) !== undefined);
    const distance = (start: number) => Math.min(...names.map((at) => (start >= at ? start - at : (at - start) * 2)));
    const nearest = [...candidates].sort((a, b) => distance(a.start) - distance(b.start))[0];
    if (nearest) return { value, not: nearest.text };
  }
  return undefined;
}

/** The words that name what a fact is of: its kind and detail ("appointment", "dentist"). */
function factNames(fact: Fact): string {
  return `${fact.key} ${fact.detail ?? ''}`.replace(/[_-]+/g, ' ');
}

/** Where a kept text says one of the words that name a thing moved, by character; by stem, so a plural says its singular ("lectures", "lecture"). */
function namedAt(text: string, words: readonly string[]): number[] {
  const stem = (word: string) => PorterStemmer.stem(word.toLowerCase());
  const wanted = new Set(words.map(stem));
  return [...text.matchAll(/[\p{L}\p{N}'-]+/gu)].filter((match) => wanted.has(stem(match[0]))).map((match) => match.index);
}

/**
 * The number kept as a fact that a number said alone sets right: of a count of the thing said after it ("5 cats"),
 * else of the kind named in the message ("age 35"), else the one told latest. None when the message says nothing
 * a number kept can be, or the number already is one kept.
 */
function oldNumberFact(value: string, latest: LatestValue, reading: MemoryReading, profile: UserProfile): { value: string; not: string } | undefined {
  const number = numberOf(value.toLowerCase());
  if (number === undefined || reading.facts.some((fact) => saysWords(fact.value, value))) return undefined;
  const numeric = profile.memory.facts.filter((fact) => numberOf(fact.value.toLowerCase()) !== undefined);
  if (numeric.some((fact) => numberOf(fact.value.toLowerCase()) === number)) return undefined;
  const words = new Set(latest.near ?? []);
  const nounOf = (fact: Fact) => (fact.detail === undefined ? [] : [fact.detail, `${fact.detail}s`, `${fact.detail}es`].map((word) => word.toLowerCase()));
  const named = (fact: Fact) => words.has(fact.key) || nounOf(fact).some((word) => words.has(word));
  const latestFirst = [...numeric].sort((a, b) => b.learnedAt.localeCompare(a.learnedAt));
  // "5 goats" with no goats kept sets no other number right, but the latest note that counts goats.
  const fact = latestFirst.find(named) ?? (latest.unit === undefined ? latestFirst[0] : undefined);
  if (fact) return { value, not: fact.value };
  const unit = latest.unit;
  if (unit === undefined) return undefined;
  for (const note of [...(profile.memory.notes ?? [])].reverse()) {
    const words = note.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    const at = words.findIndex((word, i) => numberOf(word) !== undefined && numberOf(word) !== number && sameNoun(words[i + 1] ?? '', unit));
    if (at >= 0) return { value, not: words[at] };
  }
  return undefined;
}

/**
 * Whether a word of the message may name what a figure is of: a noun ("gym", "prime"), not most often a word of a
 * closed class, a verb or an adverb ("the", "is", "now"), no filler nor word that changes an amount.
 */
function namingNoun(word: string, lexicon: MemoryLexicon, tags: Tags): boolean {
  const tagged = tags(word) ?? ['NN'];
  return word.length >= MIN_NOUN && /^\p{L}+$/u.test(word) && !lexicon.amountChanges.has(word) && !lexicon.fillers.has(word) && !NOT_NAMING.test(tagged[0]) && tagged.some((tag) => tag.startsWith('NN'));
}

/** Tags of a word's commonest use that name nothing a figure is of: closed classes, verbs, adverbs. */
const NOT_NAMING = /^(DT|PDT|PRP|IN|CC|MD|W|EX|TO|UH|RB|VB|POS)/;

/** Shortest noun that names what a figure is of ("gym", "car"). */
const MIN_NOUN = 3;

/** Shortest word of the message a note must share to be about the same thing ("ramipril", not "my"). */
const SHARED_WORD = 4;

/**
 * The latest note that says an amount in the unit of one changed to, of a thing the change names ("on ramipril 5mg
 * daily" for "he upped my ramipril to 10mg"), said with the new amount. Only that note: another thing may be said
 * in the same unit ("cetirizine 10mg").
 */
function measuredSetRight(latest: LatestValue, measured: Measured, profile: UserProfile, lexicon: MemoryLexicon, tags: Tags): ProfileChange | undefined {
  const { unit } = measured;
  const near = latest.near ?? [];
  const shared = (word: string) => word.length >= SHARED_WORD && /^\p{L}+$/u.test(word) && !lexicon.amountChanges.has(word) && !lexicon.fillers.has(word);
  const named = new Set(near.filter((word) => shared(word) && !(unit !== undefined && sameNoun(word, unit))));
  // A price is of the thing named by the noun said nearest it ("the student discount on prime, it's 300 now").
  const said = near.findIndex((word) => figureOf(word) === measured.number);
  const nouns = near.map((word, at) => ({ word, distance: Math.abs(at - said) })).filter(({ word }) => shared(word) && (tags(word) ?? ['NN']).some((tag) => tag.startsWith('NN'))).sort((a, b) => a.distance - b.distance).map(({ word }) => word);
  for (const note of [...(profile.memory.notes ?? [])].reverse()) {
    const tokens = tokenize(note.text, lexicon.contractedIs);
    const noun = unit === undefined ? nouns.find((word) => tokens.some((token) => token.norm === word)) : undefined;
    const namedAt = tokens.flatMap((token, at) => ((unit === undefined ? token.norm === noun : named.has(token.norm)) ? [at] : []));
    if (namedAt.length === 0) continue;
    const amounts = tokens.flatMap((token, at) => {
      // A price: any figure said ("£142 a month", "$25/mth").
      if (unit === undefined) return /^\d+(?:\.\d+)?$/.test(token.norm) ? [{ at, said: token.raw, number: Number(token.norm) }] : [];
      const found = measuredAt(tokens, at, tags);
      return found && found.measured.unit !== undefined && sameNoun(found.measured.unit, unit) ? [{ at, said: typedText(tokens.slice(at, at + found.length)), number: found.measured.number }] : [];
    });
    // "ramipril 5mg daily, and cetirizine 5mg at night": the amount said nearest the thing named.
    const distance = (at: number) => Math.min(...namedAt.map((where) => Math.abs(where - at)));
    const nearest = [...amounts].sort((a, b) => distance(a.at) - distance(b.at))[0];
    if (!nearest || nearest.number === measured.number) continue;
    const nth = amounts.filter((one) => one.at < nearest.at && one.said.toLowerCase() === nearest.said.toLowerCase()).length;
    return { type: 'rewriteNote', text: note.text, to: replacedNth(note.text, nearest.said, latest.value, nth) };
  }
  return undefined;
}

/** The text with the nth time (from 0) the words are said, said as the value. */
function replacedNth(text: string, not: string, value: string, nth: number): string {
  const pattern = wordsOf(not).map(escapeRegExp).join("[^\\p{L}\\p{N}']+");
  let seen = -1;
  return text.replace(new RegExp(`${VALUE_START}(\\p{Sc}?)${pattern}${VALUE_END}`, 'giu'), (said, sign: string, at: number) => (++seen === nth ? signed(sign, value, text.slice(at + said.length)) : said));
}

/**
 * A figure said in place of one typed with a sign of money ("£800"): with the new figure's sign, else the old one
 * ("£600", not "££600"); with no sign before a currency said in words ("300 yen", not "¥300 yen") or a sign typed after.
 */
function signed(sign: string, value: string, after: string): string {
  if (!/^\p{Sc}|\p{Sc}$/u.test(value)) return `${sign}${value}`;
  // "38€" set right by "€40": the sign typed after the old figure stays where it is.
  return opensWithCurrency(after) || /^\p{Sc}/u.test(after) ? value.replace(/^\p{Sc}+|\p{Sc}+$/gu, '') : value;
}

/** Whether a name is that of someone kept: a partner, a child, a pet, anyone told of by name. */
function namesSomeone(name: string, profile: UserProfile, lexicon: MemoryLexicon): boolean {
  const kept = [...profile.memory.facts.filter((fact) => lexicon.people.has(fact.key) || lexicon.kinds.get(fact.key)?.definition.value === 'name').map((fact) => fact.value), ...(profile.memory.aboutOthers ?? []).flatMap((fact) => (fact.about.name ? [fact.about.name] : []))];
  return kept.some((value) => same(value, name));
}

function sameNoun(word: string, unit: string): boolean {
  const stem = (noun: string) => noun.replace(/(es|s)$/, '');
  return word !== '' && stem(word) === stem(unit);
}

/** Every kept thing that says the old value, said with the new one; undefined when nothing kept says it. */
function replaceEverywhere(not: string, value: string, reading: MemoryReading, profile: UserProfile, lexicon: MemoryLexicon, moved?: readonly string[]): { reading: MemoryReading; changes: ProfileChange[] } | undefined {
  const changes: ProfileChange[] = [];
  const removed = (kind: string, kept: string) => reading.removals.some((removal) => removal.kind === kind && removal.value !== undefined && same(removal.value, kept));
  // "the 5th of November, not the 3rd": a day or time of day is found by what it says, however it was written.
  const temporal = temporalValues(value).length > 0 && setTemporalRightOf(not);
  const naming = (text: string) => moved === undefined || namedAt(text, moved).length > 0;
  const says = (text: string) => temporal ? setTemporalRight(text, not, value) !== undefined : saysWords(text, not) && !saysWords(text, value);
  const replaced = (text: string, old: string, now: string) => (temporal ? (setTemporalRight(text, old, now) ?? text) : replacedWords(text, old, now));
  // "three cats" kept as a count of 3: the number set right however it is written.
  const [oldNumber, newNumber] = [numberOf(not.toLowerCase()), numberOf(value.toLowerCase())];
  const sameNumber = (kept: string) => oldNumber !== undefined && newNumber !== undefined && numberOf(kept.toLowerCase()) === oldNumber;
  // Notes first: a fact removed takes every note that still says its value with it.
  for (const note of (profile.memory.notes ?? []).filter((one) => says(one.text) && naming(one.text))) changes.push({ type: 'rewriteNote', text: note.text, to: replaced(note.text, not, value) });
  for (const fact of profile.memory.facts.filter((one) => (says(one.value) || sameNumber(one.value)) && !removed(one.key, one.value) && naming(`${one.value} ${factNames(one)}`))) {
    const now = says(fact.value) ? replaced(fact.value, not, value) : /^\d+$/.test(fact.value) ? String(newNumber) : value;
    changes.push({ type: 'removeFact', key: fact.key, value: fact.value });
    // A kind kept one per detail ("favourite" food, band) replaces only the one of this detail.
    const perDetail = lexicon.kinds.get(fact.key)?.definition.perDetail === true;
    changes.push({ type: 'rememberFact', key: fact.key, value: now, ...(fact.detail ? { detail: fact.detail } : {}), many: lexicon.kinds.get(fact.key)?.definition.many ?? false, ...(perDetail ? { perDetail } : {}), at: fact.learnedAt });
  }
  for (const fact of (profile.memory.aboutOthers ?? []).filter((one) => says(one.value) && naming(`${one.value} ${one.key} ${one.about.noun} ${one.about.name ?? ''}`))) {
    changes.push({ type: 'removeAbout', ...(fact.about.kind ? { kind: fact.about.kind } : {}), noun: fact.about.noun, ...(fact.about.name ? { name: fact.about.name } : {}), key: fact.key, value: fact.value });
    changes.push({ type: 'rememberAbout', about: fact.about, key: fact.key, value: replaced(fact.value, not, value), many: lexicon.kinds.get(fact.key)?.definition.many ?? false, at: fact.learnedAt });
  }
  const facts = reading.facts.map((fact): StatedFact => (says(fact.value) ? { ...fact, value: replaced(fact.value, not, value) } : fact));
  const here = reading.facts.some((fact) => says(fact.value));
  if (changes.length === 0 && !here) return undefined;
  // What this message said of the old value is not kept ("Not Bristol, Bath"); nothing is left to take back.
  return { reading: { ...reading, facts, retract: false, setRightHere: [...(reading.setRightHere ?? []), not] }, changes };
}

/** Whether a word's commonest sense is a person in WordNet ("friend", "coworker"). */
export function isPersonNoun(word: string): boolean {
  return [...nounKinds().sensesAbove(word, PERSON_DEPTH, 1).values()].some((words) => words.includes('person'));
}

/** Steps up WordNet from a noun to "person" ("coworker" → associate → peer → person). */
const PERSON_DEPTH = 6;

/** The words of a text, a figure whole with its decimals or thousands ("4.93", "1,200"), so "4" is no word of "4.93". */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}']+(?:[.,]\d+)*/gu) ?? [];
}

/** Where a value's words may start and end: not inside a word, nor inside a figure ("4" of "4.93", "200" of "1,200"). */
const VALUE_START = '(?<![\\p{L}\\p{N}]|\\d[.,])';
const VALUE_END = '(?![\\p{L}\\p{N}]|[.,]\\d)';

/** Whether a text says a value's words, whole and in order ("Skoda Octavia" says "octavia"; "Jessica" does not say "Jess"). */
function saysWords(text: string, value: string): boolean {
  const all = wordsOf(text);
  const wanted = wordsOf(value);
  return wanted.length > 0 && all.some((_, at) => wanted.every((word, i) => all[at + i] === word));
}

/** Whether the old side can name a day or time of day ("the 3rd", "seven", "June 3"), so it is found by what it says. */
function setTemporalRightOf(not: string): boolean {
  return temporalValues(not).length > 0 || /^(the\s+)?\d{1,2}(st|nd|rd|th)?$/i.test(not) || numberOf(not.toLowerCase()) !== undefined;
}

/** The text with the old value's words, wherever typed, said as the new value. */
function replacedWords(text: string, not: string, value: string): string {
  const pattern = wordsOf(not).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("[^\\p{L}\\p{N}']+");
  return text.replace(new RegExp(`${VALUE_START}(\\p{Sc}?)${pattern}${VALUE_END}`, 'giu'), (said: string, sign: string, at: number) => signed(sign, value, text.slice(at + said.length)));
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
