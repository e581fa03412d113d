import type { MemoryReading, StatedFact } from '../../personalization/memory/readMemory';
import type { SetRight } from '../../personalization/memory/readSetRight';
import type { Fact, UserProfile } from '../../profile/userProfile';
import type { MemoryLexicon } from '../../personalization/memory/factKinds';
import type { Token } from '../../personalization/memory/tokens';
import { namesEarlierThing } from '../../personalization/memory/namesEarlierThing';

/**
 * One value set right against what is kept: "correction: Salford, not Manchester" after "I live in
 * Manchester" keeps Salford as the home and drops Manchester; "it's Jessica, not Jess" renames the wife, not
 * the user; "Fabia not Octavia" makes a Skoda Octavia a Skoda Fabia. The latest kept fact whose value says
 * the words after "not" is the one set right; the rest of what was told stays. With nothing kept that says
 * them, the message is read as it was.
 */
export function withSetRight(reading: MemoryReading, setRight: SetRight | undefined, profile: UserProfile): MemoryReading {
  if (!setRight) return reading;
  const kept = [...profile.memory.facts].reverse().find((fact) => says(fact.value, setRight.not) && !says(fact.value, setRight.value));
  if (!kept) return reading;
  const value = replaced(kept.value, setRight.not, setRight.value);
  const fact: StatedFact = { kind: kept.key, value, ...(kept.detail ? { detail: kept.detail } : {}) };
  // Only the value set right: not a name ("it's Jessica"), not a place said in place of the last one.
  const set: MemoryReading = { ...reading, facts: [fact], others: [], removals: [{ kind: kept.key, value: kept.value }], retract: false, leansOnPrevious: false };
  delete set.name;
  delete set.correctedPlace;
  return set;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[\s,]+/).filter(Boolean);
}

/** Whether a value says the words, whole and in order ("Skoda Octavia" says "octavia"; "Jessica" does not say "Jess"). */
function says(value: string, words: string): boolean {
  return indexOf(wordsOf(value), wordsOf(words)) >= 0;
}

function indexOf(words: readonly string[], phrase: readonly string[]): number {
  return words.findIndex((_, at) => phrase.length > 0 && phrase.every((word, i) => words[at + i] === word));
}

/** The value with the words set right, as typed ("Skoda Octavia" → "Skoda Fabia"); the whole value when it is only them. */
function replaced(value: string, not: string, instead: string): string {
  const typed = value.split(/\s+/);
  const at = indexOf(typed.map((word) => word.toLowerCase().replace(/,$/, '')), wordsOf(not));
  if (at < 0 || wordsOf(value).length === wordsOf(not).length) return instead;
  return [...typed.slice(0, at), instead, ...typed.slice(at + wordsOf(not).length)].join(' ');
}

/** Kinds whose values are read by their form (a date, a place, a number), so a value read as one is sure of its kind. */
const TYPED = new Set(['date', 'place', 'number']);

/**
 * "oops no, the 21st of March" after "my birthday is the 12th of March", "correction: pescatarian" after "went
 * vegetarian", "actually no, it's Lagaan" after "my favourite film is DDLJ": a value alone sets right one of the
 * facts told last, the one whose kind reads it best (a value the kind lists, or one read by its form), else the
 * last when the value names something or that fact was told alone. Nothing told last that can hold it: the reading is left as it was.
 */
export function withValueInPlace(reading: MemoryReading, profile: UserProfile, lexicon: MemoryLexicon, said: { tokens: readonly Token[]; tags: (word: string) => readonly string[] | undefined }): MemoryReading {
  const values = reading.correctedValues;
  if (!values || !(reading.retract || reading.opensSettingRight === true) || reading.facts.length > 0 || reading.others.length > 0) return reading;
  const last = toldLast(profile);
  const valueFor = (fact: Fact) => values.find((one) => one.kind === fact.key && one.value.toLowerCase() !== fact.value.toLowerCase());
  const sure = (fact: Fact) => {
    const value = valueFor(fact);
    const kind = lexicon.kinds.get(fact.key);
    return value !== undefined && kind !== undefined && (kind.values.has(value.value.toLowerCase()) || TYPED.has(kind.definition.value ?? ''));
  };
  // A value no kind is sure of sets right the last fact told when it names something ("actually no, it's
  // Lagaan") or that fact was told alone; "correction: the flux thing" after two facts sets nothing right.
  const latestFact = last.at(-1);
  // "scratch that, the sideboard client upped it, its 7,200 total now": a message that names a thing told of before is of it.
  const elsewhere = latestFact !== undefined && namesEarlierThing(said.tokens, [...(profile.memory.notes ?? []), ...profile.memory.facts.map((fact) => ({ text: fact.value, learnedAt: fact.learnedAt }))], latestFact.learnedAt, said.tags, lexicon.fillers);
  // "scratch that, chris dropped out" after a message that told no fact: what it sets right is that message, kept as a note.
  const toldSince = latestFact !== undefined && (profile.memory.notes ?? []).some((note) => note.learnedAt > latestFact.learnedAt);
  const loose = latestFact && !elsewhere && !toldSince ? valueFor(latestFact) : undefined;
  const kept = [...last].reverse().find(sure) ?? (latestFact && loose && (last.length === 1 || /[\p{Lu}\d]/u.test(loose.value)) ? latestFact : undefined);
  const value = kept ? valueFor(kept) : undefined;
  if (!kept || !value) return reading;
  const set: MemoryReading = { ...reading, facts: [{ kind: kept.key, value: value.value, ...(kept.detail ? { detail: kept.detail } : {}) }], removals: [{ kind: kept.key, value: kept.value }], retract: false };
  delete set.name;
  delete set.correctedValues;
  return set;
}

/**
 * "well, pescatarian technically" after "I'm a vegetarian", "no, I'm 35" after "I'm 34": a message that opens
 * with a word that may set right (`opensSettingRight`) and states a value of a kind told last sets that fact
 * right. A kind of many values is set right so only between values it lists (diets), as "I like jazz" does not
 * take the place of "I like rock". With nothing of those kinds told last, the reading is left as it was.
 */
export function withOpenerSetRight(reading: MemoryReading, profile: UserProfile, lexicon: MemoryLexicon): MemoryReading {
  if (reading.opensSettingRight !== true || reading.retract || reading.facts.length === 0) return reading;
  const last = toldLast(profile);
  const removals = reading.facts.flatMap((fact) => {
    const kind = lexicon.kinds.get(fact.kind);
    if (!kind) return [];
    const listed = (value: string) => kind.values.has(value.toLowerCase());
    return last
      .filter((known) => known.key === fact.kind && known.detail === fact.detail && known.value.toLowerCase() !== fact.value.toLowerCase())
      .filter((known) => kind.definition.many !== true || (listed(known.value) && listed(fact.value)))
      .filter((known) => !reading.removals.some((removal) => removal.kind === known.key && removal.value?.toLowerCase() === known.value.toLowerCase()))
      .map((known) => ({ kind: known.key, value: known.value }));
  });
  return removals.length > 0 ? { ...reading, removals: [...reading.removals, ...removals] } : reading;
}

/** The facts kept from the message that told the latest ones. */
function toldLast(profile: UserProfile): Fact[] {
  const facts = profile.memory.facts;
  const latest = facts.reduce((max, fact) => (fact.learnedAt > max ? fact.learnedAt : max), '');
  return facts.filter((fact) => fact.learnedAt === latest);
}
