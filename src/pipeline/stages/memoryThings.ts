import { contentList } from '../../content/content';
import { nounKinds } from '../../nlu/nounKinds';
import type { Fact } from '../../profile/userProfile';
import type { TurnDependencies } from '../turn';

/** Steps up from a thing asked about to one kept that it is a kind of ("dessert" → course → nutriment → food). */
const KIND_OF_DEPTH = 3;
/** Steps up from each of two things to a sense both are ("cricketer" → athlete → contestant ← player). */
const CLOSE_DEPTH = 2;

/**
 * Facts of a kind kept under a thing WordNet relates to the one asked about, by the commonest sense of each:
 * one a kind of the other ("what's my favourite dessert?" after a favourite food, "fav cricketer?" after a
 * favourite footballer), or both close kinds of one that is no general noun ("cricketer" and "player" are
 * contestants; "singer" and "footballer" share only "person"). Values of a category the other is not of never
 * stand in ("drink" is no food asked about).
 */
export function relatedThings(facts: readonly Fact[], kind: string, asked: string, deps: TurnDependencies): Fact[] {
  const general = new Set(contentList(deps.content, 'memoryNoteGeneralNouns').map((word) => word.toLowerCase()));
  return facts.filter((fact) => fact.key === kind && fact.detail !== undefined && related(headOf(asked), headOf(fact.detail), general, deps));
}

function related(asked: string, kept: string, general: ReadonlySet<string>, deps: TurnDependencies): boolean {
  if (asked === kept) return false;
  const nouns = nounKinds();
  const own = (word: string) => [...nouns.sensesAbove(word, 0, 1).keys()];
  const [askedSense, keptSense] = [own(asked), own(kept)];
  if (askedSense.length === 0 || keptSense.length === 0 || !fits(asked, kept, deps)) return false;
  const kindOf = (narrow: string, broad: readonly string[]) => broad.some((sense) => nouns.sensesAbove(narrow, KIND_OF_DEPTH, 1).has(sense));
  if (kindOf(asked, keptSense) || kindOf(kept, askedSense)) return true;
  const keptAbove = nouns.sensesAbove(kept, CLOSE_DEPTH, 1);
  return [...nouns.sensesAbove(asked, CLOSE_DEPTH, 1)].some(([sense, words]) => keptAbove.has(sense) && !words.some((word) => general.has(word.replace(/_/g, ' '))));
}

/** Two things are of the same categories, or one's are among the other's ("dessert" and "food"; not "drink" and "food"). */
function fits(asked: string, kept: string, deps: TurnDependencies): boolean {
  const [of, keptOf] = [deps.categoriesOf(asked), deps.categoriesOf(kept)];
  return of.every((category) => keptOf.includes(category)) || keptOf.every((category) => of.includes(category));
}

function headOf(thing: string): string {
  return thing.toLowerCase().split(/\s+/).at(-1) ?? thing;
}
