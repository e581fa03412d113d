import { factAnswerKey } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { learningActive, type Fact, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';
import type { NoteQuestion } from './memoryNotes';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/**
 * "which beer do I like?", "what opening do I love?", "which composer do I love most?" after "favourite beer:
 * Helles": the thing the question names after "which"/"what" is one a value is kept under (a favourite), and
 * nothing else is asked of it but that it is liked, so that value answers, whatever kind the question was read
 * as. A question that ends on a preposition ("which band do I play in?") or asks a name asks something else.
 */
export function answerByThing(asking: NoteQuestion, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  const thing = asking.heads?.at(-1);
  if (!thing || !asking.asked || asking.endsWith !== undefined || asking.sort !== undefined || asking.kindOf) return undefined;
  const facts = learningActive(profile) ? profile.memory.facts : [];
  const lexicon = memoryLexicon(deps.content);
  const keptUnder = (fact: Fact) => deps.content.facts.get(fact.key)?.perDetail === true && fact.detail !== undefined && sameThing(fact.detail, thing, deps);
  const found = facts.filter(keptUnder);
  if (found.length === 0) return undefined;
  const kind = found[0].key;
  // The words a liking is asked with: the kind's own and those of the kinds it stands in for ("like", "love").
  const liking = [...lexicon.kinds.values()].filter((each) => each.name === kind || (each.definition.orElse ?? []).includes(kind));
  const tells = (word: string) => (asking.heads ?? []).includes(word) || lexicon.fillers.has(word) || lexicon.trailers.some((phrase) => phrase.length === 1 && phrase[0] === word) || liking.some((each) => lexicon.questionWords.get(each.name)?.has(word) === true);
  if (!asking.asked.every(tells)) return undefined;
  const same = found.filter((fact) => fact.key === kind);
  return { key: factAnswerKey(kind), values: { value: list.format(same.map((fact) => fact.value)), detail: same[0].detail ?? thing } };
}

/** "beer" and "beers", "footy team" and "team": the same thing by its last word, one or many. */
function sameThing(kept: string, asked: string, deps: TurnDependencies): boolean {
  const head = kept.toLowerCase().split(/\s+/).at(-1) ?? kept;
  return head === asked || deps.pluralize(head) === asked;
}
