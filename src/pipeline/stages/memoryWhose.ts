import { contentValue } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { learningActive, type Fact, type Someone, type UserProfile } from '../../profile/userProfile';
import type { ReplyRequest } from '../../vocabulary/reply';
import type { TurnDependencies } from '../turn';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "daughter Inés's", "twins'", "Liam's": whose, as English writes it after a noun or a name. */
function possessive(words: string): string {
  return words.endsWith('s') && !/\p{Lu}/u.test(words.split(/\s+/).at(-1)?.[0] ?? '') ? `${words}'` : `${words}'s`;
}

/**
 * How an owner is said in a reply: "your son's", "your daughter Inés's", or "Liam's" for someone told of by name alone
 * (`memoryOwnerOfSomeone`, `memoryOwnerNamed`).
 */
export function ownerSaid(about: Someone, deps: TurnDependencies): string {
  const words = [about.noun, about.name].filter((word) => word !== undefined && word !== '').join(' ');
  const template = contentValue(deps.content, about.noun === '' ? 'memoryOwnerNamed' : 'memoryOwnerOfSomeone') ?? '{{whose}}';
  return renderTemplate(template, { whose: possessive(words) });
}

/** Whether a kept animal is the one asked about: by its name, else by its noun or a sort of it ("retriever" for "dog"). */
function isAsked(fact: Fact, asked: { name?: string; noun?: string }, deps: TurnDependencies): boolean {
  if (asked.name) return fact.value.split(/\s+/)[0].toLowerCase() === asked.name.toLowerCase();
  const { parents } = memoryLexicon(deps.content);
  return fact.detail !== undefined && (fact.detail === asked.noun || parents.get(fact.detail.toLowerCase()) === asked.noun);
}

/**
 * "whose hamster is Nugget?", "who owns the ferret?": the owner of the animal asked about, from what was told of
 * others (`memory.whose`), or the person's own (`memory.whoseOwn`); undefined when none kept is the one asked.
 */
export function answerWhose(asked: { name?: string; noun?: string }, kinds: readonly string[], profile: UserProfile, deps: TurnDependencies): ReplyRequest | undefined {
  if (!learningActive(profile)) return undefined;
  // Told without its noun ("Bruno belongs to my neighbour"): the kind's general noun ("pet").
  const general = (kind: string) => memoryLexicon(deps.content).kinds.get(kind)?.nouns.find((noun) => noun.general)?.detail ?? kind;
  const nounOf = (fact: Fact) => fact.detail ?? asked.noun ?? general(fact.key);
  const theirs = (profile.memory.aboutOthers ?? []).filter((fact) => kinds.includes(fact.key) && isAsked(fact, asked, deps));
  if (theirs.length > 0) {
    const owners = [...new Set(theirs.map((fact) => ownerSaid(fact.about, deps)))];
    const details = [...new Set(theirs.map(nounOf))];
    return { key: 'memory.whose', values: { value: list.format([...new Set(theirs.map((fact) => fact.value))]), owner: list.format(owners), detail: list.format(details) } };
  }
  const own = profile.memory.facts.filter((fact) => kinds.includes(fact.key) && isAsked(fact, asked, deps));
  if (own.length === 0) return undefined;
  return { key: 'memory.whoseOwn', values: { value: list.format(own.map((fact) => fact.value)), detail: list.format([...new Set(own.map(nounOf))]) } };
}
