import { memoryLexicon } from '../../personalization/memory/factKinds';
import { AGE_KIND, ageInYears } from '../../personalization/memory/readAge';
import type { RankAsked } from '../../personalization/memory/readRank';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "who's my oldest?": of the people of the kind asked about (and the noun, when one was said), the one whose
 * told age is highest or lowest. Only when every one of them was given an age, so no one untold is passed over.
 */
export function answerRanked(asked: RankAsked, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  const lexicon = memoryLexicon(deps.content);
  const same = (a: string, b: string) => (lexicon.sameNouns.get(a.toLowerCase()) ?? a.toLowerCase()) === (lexicon.sameNouns.get(b.toLowerCase()) ?? b.toLowerCase());
  const ones = profile.memory.facts.filter((fact) => fact.key === asked.kind && (asked.noun === undefined || (fact.detail !== undefined && same(fact.detail, asked.noun))));
  const aged = ones.map((fact) => {
    const told = (profile.memory.aboutOthers ?? []).filter((about) => about.key === AGE_KIND && about.about.kind === asked.kind && about.about.name?.toLowerCase() === fact.value.toLowerCase()).at(-1);
    return { name: fact.value, age: told?.value, years: told ? ageInYears(told.value, lexicon) : undefined };
  });
  if (aged.length < 2 || aged.some((one) => one.years === undefined)) return undefined;
  const sorted = [...aged].sort((a, b) => (a.years ?? 0) - (b.years ?? 0));
  const chosen = asked.most ? sorted.at(-1) : sorted[0];
  // Twins at the end asked about: both.
  const tied = sorted.filter((one) => one.years === chosen?.years);
  if (!chosen?.age) return undefined;
  const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
  return { key: 'memory.ranked', values: { value: list.format(tied.map((one) => one.name)), rank: asked.rank, age: chosen.age } };
}
