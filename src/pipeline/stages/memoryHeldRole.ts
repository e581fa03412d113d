// Answers a role held in a group ("what's my role on the boat?") from the notes that say one.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { heldRoleAsked, heldRoleFromNotes, heldRoleWords, rolesHeld } from '../../personalization/memory/heldRole';
import { noteLexicon } from '../../personalization/memory/noteLexicon';
import { secondPerson } from '../../personalization/memory/noteWords';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

/**
 * "what's my role on the boat?" of "we run a nikolaas class boat … i'm the mechanic on board": a role asked of a
 * group (or besides one known) is what a note says the person is, not the work kept ("software dev") nor a note that
 * only names the group. Undefined when the question asks no such role, or no note says one.
 */
export function answerHeldRole(said: readonly string[] | undefined, profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!said || !learningActive(profile)) return undefined;
  const words = heldRoleWords(deps.content);
  const asked = heldRoleAsked(said, words, noteLexicon(deps.content).stopWords);
  if (!asked) return undefined;
  const lexicon = memoryLexicon(deps.content);
  // The work kept, of the kinds a role is asked by ("porter" for "what role do I have besides portering?").
  const kept = profile.memory.facts.filter((fact) => (deps.content.facts.get(fact.key)?.labels ?? []).some((label) => words.asks.has(label.toLowerCase()))).map((fact) => fact.value);
  const kin = new Set(lexicon.nouns.keys());
  const same = (a: string, b: string) => PorterStemmer.stem(a) === PorterStemmer.stem(b);
  const role = heldRoleFromNotes(profile.memory.notes ?? [], asked, kept, same, (text) => rolesHeld(text, words, lexicon.contractedIs, kin));
  return role ? { key: 'memory.fromNotePart', values: { part: secondPerson(role) } } : undefined;
}
