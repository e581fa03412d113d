import type { MemoryReading } from '../../personalization/memory/readMemory';
import { Turn, TurnDependencies } from '../turn';

/**
 * "I have a sister called Amina" and then, in a message of its own, "she's a pharmacist": a pronoun opening a
 * message leans on someone the previous message named. Read the two together; keep only what the new one
 * adds about them (the rest was learned last turn).
 */
export function readAboutPrevious(said: MemoryReading, turn: Turn, deps: TurnDependencies): MemoryReading {
  const previous = turn.loaded.profile.memory.turns.at(-1)?.text;
  if (!said.leansOnPrevious || !previous || (said.others.length > 0 && said.name === undefined)) return said;
  const together = deps.readMemory(`${previous.replace(/[\s.!?]+$/u, '')}. ${turn.text}`);
  // "I have a dog." … "Name is Kuro.": a name said bare names the one the previous message left unnamed, not the person.
  const reading = said.name !== undefined && together.name === undefined ? { ...said, name: undefined } : said;
  if (reading.others.length > 0) return reading;
  const before = deps.readMemory(previous);
  const same = (a: MemoryReading['others'][number], b: MemoryReading['others'][number]) => a.kind === b.kind && a.value.toLowerCase() === b.value.toLowerCase() && a.about.noun === b.about.noun;
  const added = together.others.filter((fact) => !before.others.some((known) => same(known, fact)));
  // "I have to pick up my twins" … "Their names are Kehinde and Taiwo": the names of the noun named before.
  const named = reading.facts.length === 0 ? together.facts.filter((fact) => !before.facts.some((known) => known.kind === fact.kind && known.value.toLowerCase() === fact.value.toLowerCase())) : [];
  return added.length > 0 || named.length > 0 ? { ...reading, ...(added.length > 0 ? { others: added } : {}), ...(named.length > 0 ? { facts: named } : {}) } : reading;
}
