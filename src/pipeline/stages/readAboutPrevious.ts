import type { MemoryReading } from '../../personalization/memory/readMemory';
import { Turn, TurnDependencies } from '../turn';

/**
 * "I have a sister called Amina" and then, in a message of its own, "she's a pharmacist": a pronoun opening a
 * message leans on someone the previous message named. Read the two together; keep only what the new one
 * adds about them (the rest was learned last turn).
 */
export function readAboutPrevious(reading: MemoryReading, turn: Turn, deps: TurnDependencies): MemoryReading {
  const previous = turn.loaded.profile.memory.turns.at(-1)?.text;
  if (!reading.leansOnPrevious || reading.others.length > 0 || !previous) return reading;
  const before = deps.readMemory(previous);
  const together = deps.readMemory(`${previous.replace(/[\s.!?]+$/u, '')}. ${turn.text}`);
  const same = (a: MemoryReading['others'][number], b: MemoryReading['others'][number]) => a.kind === b.kind && a.value.toLowerCase() === b.value.toLowerCase() && a.about.noun === b.about.noun;
  const added = together.others.filter((fact) => !before.others.some((known) => same(known, fact)));
  return added.length > 0 ? { ...reading, others: added } : reading;
}
