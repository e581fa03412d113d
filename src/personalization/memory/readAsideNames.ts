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
import { readRelations, type PendingName } from './readRelations';
import { skipFillers } from './clauses';
import { nounAt } from './kindNouns';
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
    const waiting = readRelations(upTo, lexicon, values).pending ?? (counts.facts.length > 0 ? counted : undefined) ?? bareOpeningNoun(upTo, lexicon, values);
    if (!waiting) return undefined;
    const named = readRelations([...spoken(['names', 'are']), ...aside], lexicon, values, waiting);
    return named.facts.length > 0 ? { facts: named.facts, ages: named.ages } : undefined;
  }
  return undefined;
}

/**
 * "wife (marla) thinks …", "Hubby (Dave) says hi": a noun for one's own people or animals that opens the message bare,
 * as notes and chat leave out "my", waits for the name its aside gives as "my wife" does.
 */
function bareOpeningNoun(upTo: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): PendingName | undefined {
  const start = skipFillers(upTo, 0, lexicon.fillers);
  const noun = nounAt(upTo, start, lexicon);
  if (noun === undefined || start + noun.length !== upTo.length) return undefined;
  return readRelations([...spoken(['my']), ...upTo.slice(start)], lexicon, values).pending;
}

/** The most words an aside that says who a name is may take ("my *older* sister"). */
const RELATION_ASIDE_WORDS = 4;

/**
 * "Linnea (my gf)", "Sam (our eldest)", "josh (bf)", "pancake (our dog)": an aside of the person's own people or
 * animals right after a name says who the name is, read as "my gf is Linnea"; a noun alone says "my" too. Undefined
 * when the aside is no "my …" of a few words, or names no kind that holds names.
 */
export function readNamedAside(aside: readonly Token[], before: ReadonlyArray<readonly Token[]>, lexicon: MemoryLexicon, values: ValueContext): StatedFact[] | undefined {
  const name = aside[0]?.asideAfter;
  const words = aside.filter((token) => /[\p{L}\p{N}]/u.test(token.norm));
  if (name === undefined || afterDeterminer(name, before)) return undefined;
  const own = ['my', 'our'].includes(words[0]?.norm ?? '');
  const said = own ? words : [...spoken(['my']), ...words];
  if (said.length < 2 || said.length > RELATION_ASIDE_WORDS || (!own && words.length > 1)) return undefined;
  const known = values.words.tags(name.toLowerCase());
  // A word the lexicon does not know, capitalised or typed in a message all in lower case ("josh (bf)").
  const unknown = known === undefined && (/^\p{Lu}\p{Ll}/u.test(name) || (values.lowerCase && /^\p{Ll}{2,}$/u.test(name)));
  // An animal is often named by a word of the lexicon ("pancake (our dog)", "Noodle (cat)"), one that is a noun.
  const common = !unknown && /^\p{L}{2,}$/u.test(name) && (known?.[0] ?? '').startsWith('NN') && !lexicon.nouns.has(name.toLowerCase());
  if (!unknown && !common) return undefined;
  const value = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const read = readRelations([...said, ...spoken(['is']), { raw: value, norm: value.toLowerCase() }], lexicon, values);
  // Of a word the lexicon knows, only a kind that holds names other than people's (a pet).
  const facts = read.facts.filter((fact) => (lexicon.people.has(fact.kind) ? unknown : (lexicon.kinds.get(fact.kind)?.nouns.length ?? 0) > 0) && fact.value === value);
  return facts.length > 0 ? facts : undefined;
}

/** Words before a noun that make it no name ("my *lolo* (grandfather)", "the vet (my mum)"). */
const DETERMINERS = new Set(['my', 'our', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'this', 'that']);

/** Whether the word an aside is said after follows a determiner or a possessive, in the last clause that says it. */
function afterDeterminer(name: string, before: ReadonlyArray<readonly Token[]>): boolean {
  const said = [...before].reverse().find((tokens) => tokens.some((token) => token.raw === name));
  const at = said?.map((token) => token.raw).lastIndexOf(name) ?? -1;
  return said !== undefined && at > 0 && DETERMINERS.has(said[at - 1].norm);
}
