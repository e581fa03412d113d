import { factAnswerKey } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { COUNT_KIND, NONE_KIND } from '../../personalization/memory/readCounts';
import type { Fact } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * Counts ("3 kids", "five grandchildren") and "none" ("no kids", "no pets") are kept by the noun they were
 * said with: these find them for a question about a kind that holds names, narrowed or not to one noun.
 */

/** The kind a kept noun belongs to ("kid" → child, "cat" → pet), and whether it means any of the kind. */
function nounOf(detail: string, deps: TurnDependencies): { kind: string; general: boolean; parent?: string } | undefined {
  const found = memoryLexicon(deps.content).nouns.get(detail.toLowerCase().split(' ')[0])?.find(({ noun }) => noun.detail === detail || noun.words.join(' ') === detail);
  return found ? { kind: found.kind, general: found.noun.general, ...(found.noun.parent ? { parent: found.noun.parent } : {}) } : undefined;
}

/** Whether a kept noun answers a question about `kind`, narrowed to `asked` (a noun) or not. */
function answers(detail: string, kind: string, asked: string | undefined, deps: TurnDependencies): boolean {
  const noun = nounOf(detail, deps);
  if (noun?.kind !== kind) return false;
  if (asked === undefined || noun.general) return true;
  const question = nounOf(asked, deps);
  return question?.general === true || detail === asked || noun.parent === asked;
}

/**
 * How many of a kind the person said they have ("how many kids?" after "we have 3 kids"): a count of the noun
 * asked, or of the kind's general noun, or else the counts of its narrower nouns added up ("two sons" and
 * "a daughter" counted apart).
 */
export function toldCount(kind: string, asked: string | undefined, facts: readonly Fact[], deps: TurnDependencies): { count: number; detail: string } | undefined {
  const counts = facts.filter((fact) => fact.key === COUNT_KIND && fact.detail !== undefined && answers(fact.detail, kind, asked, deps));
  if (counts.length === 0) return undefined;
  const general = counts.find((fact) => nounOf(fact.detail ?? '', deps)?.general === true);
  if (general) return { count: Number(general.value), detail: general.detail ?? kind };
  const count = counts.reduce((sum, fact) => sum + Number(fact.value), 0);
  return { count, detail: counts.length === 1 ? (counts[0].detail ?? kind) : (asked ?? counts[0].detail ?? kind) };
}

/** "forget my brothers" after "my two brothers": the counts and "none"s kept of the kind forgotten, narrowed or not to one noun. */
export function countsOfKind(kind: string, asked: string | undefined, facts: readonly Fact[], deps: TurnDependencies): Fact[] {
  return facts.filter((fact) => (fact.key === COUNT_KIND || fact.key === NONE_KIND) && fact.detail !== undefined && answers(fact.detail, kind, asked, deps));
}

/** "do I have children?" after "no kids": the answer that says so, or undefined. */
export function toldNone(kinds: readonly string[], asked: string | undefined, facts: readonly Fact[], deps: TurnDependencies): ReplyRequest | undefined {
  const none = facts.filter((fact) => fact.key === NONE_KIND && fact.detail !== undefined && kinds.some((kind) => answers(fact.detail ?? '', kind, asked, deps)));
  return none.length > 0 ? { key: factAnswerKey(NONE_KIND), values: { value: none.map((fact) => fact.value).join(', ') } } : undefined;
}

/** What naming one of a kind takes back ("we got a puppy, Nala" after "no pets"): the "none" facts it answers. */
export function noneTakenBack(kind: string, detail: string | undefined, facts: readonly Fact[], deps: TurnDependencies): Fact[] {
  return facts.filter((fact) => fact.key === NONE_KIND && fact.detail !== undefined && answers(fact.detail, kind, detail, deps));
}

/** The kind a count is of ("kid" → child), for taking back a "none". */
export function countedKind(detail: string, deps: TurnDependencies): string | undefined {
  return nounOf(detail, deps)?.kind;
}
