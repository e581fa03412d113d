/**
 * Questions about whose an animal is: "whose hamster is Nugget?", "whose parrots are they?", "who owns the ferret?",
 * "who does Rosie belong to?"; and "which cat belongs to my son?", asked as "what's my son's cat called?".
 */

import { skipFillers } from './clauses';
import type { MemoryLexicon } from './factKinds';
import { nounAt } from './kindNouns';
import type { Token } from './tokens';

/** What a question about whose it is names: the animal's name, its noun ("ferret"), or both. */
export interface WhoseAsk {
  /** The kinds of the animals it may be (those kept about their owners too). */
  kinds: string[];
  name?: string;
  noun?: string;
}

/** Kinds that hold names of what someone owns (pets): a name kind kept about others, not a kind of people. */
export function ownedKinds(lexicon: MemoryLexicon): string[] {
  return [...lexicon.kinds.values()].filter((kind) => kind.definition.value === 'name' && kind.definition.about !== undefined && !lexicon.people.has(kind.name)).map((kind) => kind.name);
}

/** "whose hamster is Nugget?", "who owns the ferret?", "who does Rosie really belong to?": what it names, or undefined. */
export function readWhoseAsk(tokens: readonly Token[], lexicon: MemoryLexicon): WhoseAsk | undefined {
  const start = skipFillers(tokens, 0, lexicon.fillers);
  const first = tokens[start]?.norm;
  const owning = tokens.some((token, i) => i > start && (lexicon.owningVerbs.has(token.norm) || lexicon.belongWords.has(token.norm)));
  if (first !== 'whose' && !(first === 'who' && owning)) return undefined;
  const kinds = ownedKinds(lexicon);
  let noun: { kind: string; detail: string } | undefined;
  let name: string | undefined;
  for (let i = start + 1; i < tokens.length; i++) {
    const found = nounAt(tokens, i, lexicon);
    if (found && kinds.includes(found.kind) && !noun) {
      noun = { kind: found.kind, detail: found.detail };
      i += found.length - 1;
      continue;
    }
    // "who does Rosie belong to?": a name typed with a capital, not "I".
    if (!name && /^\p{Lu}/u.test(tokens[i].raw) && tokens[i].norm !== 'i') name = tokens[i].raw;
  }
  if (!noun && !name) return undefined;
  return { kinds: noun ? [noun.kind] : kinds, ...(name ? { name } : {}), ...(noun ? { noun: noun.detail } : {}) };
}

/**
 * "which cat belongs to my son?": the same question as "what's my son's cat called?", as tokens for the question
 * reader about someone; undefined when it is not asked so.
 */
export function belongingAsAbout(tokens: readonly Token[], lexicon: MemoryLexicon): Token[] | undefined {
  const start = skipFillers(tokens, 0, lexicon.fillers);
  if (!['which', 'what'].includes(tokens[start]?.norm ?? '') || start + 1 >= tokens.length) return undefined;
  const noun = nounAt(tokens, start + 1, lexicon);
  if (!noun || !ownedKinds(lexicon).includes(noun.kind)) return undefined;
  const verb = start + 1 + noun.length;
  if (!lexicon.belongWords.has(tokens[verb]?.norm ?? '') || tokens[verb + 1]?.norm !== 'to') return undefined;
  const owner = tokens.slice(verb + 2).filter((token) => token.norm !== '?');
  if (owner.length === 0) return undefined;
  return [...spoken(['what', 'is']), ...owner, ...spoken(["'s"]), ...tokens.slice(start + 1, verb), ...spoken(['called'])];
}

/** Tokens for words the person did not type: never read as a name. */
function spoken(norms: readonly string[]): Token[] {
  return norms.map((norm) => ({ raw: '', norm }));
}
