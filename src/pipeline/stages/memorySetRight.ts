import type { MemoryReading, StatedFact } from '../../personalization/memory/readMemory';
import type { SetRight } from '../../personalization/memory/readSetRight';
import type { UserProfile } from '../../profile/userProfile';

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
