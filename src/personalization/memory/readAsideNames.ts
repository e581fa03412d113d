/**
 * Names said in brackets right after someone brought in without a name: "dad of 1 (Anika, 5)", "two kids (Zoe
 * and Max)", "a rescue greyhound (Biscuit)". The aside is read after the rest of the message; the words typed
 * before it say which noun it names.
 */

import type { MemoryLexicon } from './factKinds';
import type { ValueContext } from './readValue';
import type { StatedAbout } from './readOthers';
import type { StatedFact } from './memoryReading';
import { readCounts } from './readCounts';
import { readRelations } from './readRelations';
import { spoken } from './readStatements';
import type { Token } from './tokens';

/** The names an aside gives the noun said right before it, with the ages said beside them; undefined when it names none. */
export function readAsideNames(aside: readonly Token[], before: ReadonlyArray<readonly Token[]>, lexicon: MemoryLexicon, values: ValueContext): { facts: StatedFact[]; ages: StatedAbout[] } | undefined {
  const after = aside[0]?.asideAfter;
  if (after === undefined) return undefined;
  for (const said of [...before].reverse()) {
    const at = said.map((token) => token.raw).lastIndexOf(after);
    if (at < 0) continue;
    const upTo = said.slice(0, at + 1);
    // The noun left waiting for its name ("a daughter"), or the one a count just said counts ("dad of 1").
    const counts = readCounts(upTo, lexicon, (word) => values.words.tags(word));
    const counted = /^\d+$/.test(upTo[at].norm) || lexicon.spans.numbers.some((words) => words.length === 1 && words[0] === upTo[at].norm) ? counts.last : undefined;
    const waiting = readRelations(upTo, lexicon, values).pending ?? (counts.facts.length > 0 ? counted : undefined);
    if (!waiting) return undefined;
    const named = readRelations([...spoken(['names', 'are']), ...aside], lexicon, values, waiting);
    return named.facts.length > 0 ? { facts: named.facts, ages: named.ages } : undefined;
  }
  return undefined;
}

/** The most words an aside that says who a name is may take ("my *older* sister"). */
const RELATION_ASIDE_WORDS = 4;

/**
 * "Linnea (my gf)", "Sam (our eldest)": an aside of the person's own people right after a name says who the name is,
 * read as "my gf is Linnea". Undefined when the aside is no "my …" of a few words, or names no kind of people.
 */
export function readNamedAside(aside: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): StatedFact[] | undefined {
  const name = aside[0]?.asideAfter;
  const words = aside.filter((token) => /[\p{L}\p{N}]/u.test(token.norm));
  if (name === undefined || !/^\p{Lu}\p{Ll}/u.test(name) || values.words.tags(name.toLowerCase()) !== undefined) return undefined;
  if (!['my', 'our'].includes(words[0]?.norm ?? '') || words.length < 2 || words.length > RELATION_ASIDE_WORDS) return undefined;
  const read = readRelations([...words, ...spoken(['is']), { raw: name, norm: name.toLowerCase() }], lexicon, values);
  const facts = read.facts.filter((fact) => lexicon.people.has(fact.kind) && fact.value === name);
  return facts.length > 0 ? facts : undefined;
}
