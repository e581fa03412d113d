import type { Fact, FactAbout, LifeEvent, MemoryTurn, Note, UserProfile } from './userProfile';

/**
 * What one forget request took out of a profile, as it was kept, and what it left in place of part of it (a note
 * without the words forgotten, a remembered message without them): what a take-back puts back. Held only in the
 * serving process's memory for a short while (`ForgetUndo`), never saved.
 */
export interface Forgotten {
  facts: Fact[];
  aboutOthers: FactAbout[];
  notes: Note[];
  events: LifeEvent[];
  turns: MemoryTurn[];
  /** The name given and the one learned, when the request took them. */
  name: { explicit?: string; learned?: string };
  /** The city learned from a home told, and its time zone, when it went with the home. */
  home?: { city: string; timeZone?: string };
  /** What the request left of a note or a message it took part of: out again when the whole comes back. */
  left: { notes: Note[]; turns: MemoryTurn[] };
}

const sameFact = (a: Fact, b: Fact) => a.key === b.key && a.value === b.value && a.detail === b.detail && a.learnedAt === b.learnedAt;
const sameAbout = (a: FactAbout, b: FactAbout) => sameFact(a, b) && a.about.kind === b.about.kind && a.about.noun === b.about.noun && a.about.name === b.about.name;
const sameNote = (a: Note, b: Note) => a.text === b.text && a.learnedAt === b.learnedAt;
const sameEvent = (a: LifeEvent, b: LifeEvent) => a.kind === b.kind && a.date === b.date && a.learnedAt === b.learnedAt;
const sameTurn = (a: MemoryTurn, b: MemoryTurn) => a.at === b.at && a.text === b.text;

/** Those of `before` that `after` no longer holds. */
function gone<T>(before: readonly T[] | undefined, after: readonly T[] | undefined, same: (a: T, b: T) => boolean): T[] {
  return (before ?? []).filter((one) => !(after ?? []).some((other) => same(one, other)));
}

/** What a forget request took from `before` to leave `after`; undefined when it took nothing. */
export function forgottenBetween(before: UserProfile, after: UserProfile): Forgotten | undefined {
  const notes = gone(before.memory.notes, after.memory.notes, sameNote);
  const turns = gone(before.memory.turns, after.memory.turns, sameTurn);
  // What is left of a note keeps when it was said; a message keeps when it came.
  const left = {
    notes: gone(after.memory.notes, before.memory.notes, sameNote).filter((note) => notes.some((whole) => whole.learnedAt === note.learnedAt)),
    turns: gone(after.memory.turns, before.memory.turns, sameTurn).filter((turn) => turns.some((whole) => whole.at === turn.at)),
  };
  const name = {
    ...(before.explicit.name !== undefined && after.explicit.name === undefined ? { explicit: before.explicit.name } : {}),
    ...(before.learned.name !== undefined && after.learned.name === undefined ? { learned: before.learned.name } : {}),
  };
  const city = before.learned.city !== undefined && after.learned.city === undefined ? before.learned.city : undefined;
  const forgotten: Forgotten = {
    facts: gone(before.memory.facts, after.memory.facts, sameFact),
    aboutOthers: gone(before.memory.aboutOthers, after.memory.aboutOthers, sameAbout),
    notes,
    events: gone(before.memory.events, after.memory.events, sameEvent),
    turns,
    name,
    ...(city ? { home: { city, ...(before.learned.timeZone ? { timeZone: before.learned.timeZone } : {}) } } : {}),
    left,
  };
  const took = forgotten.facts.length + forgotten.aboutOthers.length + notes.length + forgotten.events.length + turns.length + Object.keys(name).length + (city ? 1 : 0);
  return took > 0 ? forgotten : undefined;
}

/** Puts back what a forget took, where it was (by when it was learned). Idempotent: what is already back stays once. */
export function restoreForgotten(profile: UserProfile, forgotten: Forgotten): void {
  const memory = profile.memory;
  memory.facts = putBack(memory.facts, forgotten.facts, sameFact, (fact) => fact.learnedAt);
  if (forgotten.aboutOthers.length > 0) memory.aboutOthers = putBack(memory.aboutOthers ?? [], forgotten.aboutOthers, sameAbout, (fact) => fact.learnedAt);
  if (forgotten.events.length > 0) memory.events = putBack(memory.events ?? [], forgotten.events, sameEvent, (event) => event.learnedAt);
  if (forgotten.notes.length > 0 || forgotten.left.notes.length > 0) {
    const notes = (memory.notes ?? []).filter((note) => !forgotten.left.notes.some((left) => sameNote(left, note)));
    memory.notes = putBack(notes, forgotten.notes, sameNote, (note) => note.learnedAt);
  }
  const turns = memory.turns.filter((turn) => !forgotten.left.turns.some((left) => sameTurn(left, turn)));
  memory.turns = putBack(turns, forgotten.turns, sameTurn, (turn) => turn.at);
  if (forgotten.name.explicit !== undefined) profile.explicit.name ??= forgotten.name.explicit;
  if (forgotten.name.learned !== undefined) profile.learned.name ??= forgotten.name.learned;
  if (forgotten.home && profile.learned.city === undefined) {
    profile.learned.city = forgotten.home.city;
    if (forgotten.home.timeZone) profile.learned.timeZone = forgotten.home.timeZone;
  }
}

/** `kept` with each of `back` it lacks, before the first one learned after it. */
function putBack<T>(kept: readonly T[], back: readonly T[], same: (a: T, b: T) => boolean, when: (one: T) => string): T[] {
  const result = [...kept];
  for (const one of back) {
    if (result.some((other) => same(one, other))) continue;
    const at = result.findIndex((other) => when(other) > when(one));
    result.splice(at < 0 ? result.length : at, 0, one);
  }
  return result;
}
