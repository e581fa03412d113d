import type { ProfileChange } from '../../profile/profileChanges';
import type { AnsweredTopic } from '../../profile/userProfile';
import type { Turn, TurnDependencies } from '../turn';
import { namedOnes } from './memoryWho';
import { escapeRegExp } from '../../util/escapeRegExp';

/** Changes that keep what a message told: such a message was no question, and a follow-up leans on nothing it answered. */
const TELLING = new Set<ProfileChange['type']>(['rememberFact', 'rememberAbout', 'rememberNote', 'rememberEvent', 'removeFact', 'removeAbout', 'removeNotes']);

/**
 * What the memory answer to a question was about, kept with the turn: the question as understood (`asked`, "how
 * old is my brother?" for "how old is he?") and the people or animals the answer named, in its order ("who's my
 * best friend?" → "Anjali"), for a follow-up to lean on. Undefined when the message told or forgot something.
 */
export function answeredTopic(turn: Turn, asked: string, deps: TurnDependencies): AnsweredTopic | undefined {
  if (turn.changes.some((change) => TELLING.has(change.type)) || turn.requests.length === 0) return undefined;
  const said = turn.requests.flatMap((request) => Object.values(request.values ?? {}).filter((value): value is string => typeof value === 'string')).join(' ');
  const named = [...new Set(namedOnes(turn.loaded.profile, deps).map((one) => one.name))]
    .map((name) => ({ name, at: said.search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'iu')) }))
    .filter((one) => one.at >= 0)
    .sort((a, b) => a.at - b.at)
    .map((one) => one.name);
  return { asked, ...(named.length > 0 ? { named } : {}) };
}
