import { memoryLexicon } from '../../personalization/memory/factKinds';
import type { MemoryReading } from '../../personalization/memory/readMemory';
import { learningActive } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';
import { readWhoIs } from './memoryWho';
import { asksWho } from './memoryNotes';
import { noteLexicon } from '../../personalization/memory/noteLexicon';

/**
 * "what breed is Nugget?", "what does Sam do?": a question that names someone or a pet the person told of,
 * read as if it said who they are ("what breed is my dog?", "what does my partner Sam do?"). Only when the
 * message read as nothing else.
 */
export function readByName(reading: MemoryReading, turn: Turn, deps: TurnDependencies): MemoryReading {
  const said = reading.questions.length + reading.facts.length + reading.others.length + reading.forget.length + reading.removals.length;
  const profile = turn.loaded.profile;
  if (said > 0 || reading.askedName || !learningActive(profile)) return reading;
  // "who is Ruan?": who they are to the person.
  const who = readWhoIs(reading, turn.text, profile, deps);
  if (who) return who;
  const lexicon = memoryLexicon(deps.content);
  const named = [
    ...profile.memory.facts.filter((fact) => deps.content.facts.get(fact.key)?.value === 'name').map((fact) => ({ name: fact.value, kind: fact.key, noun: fact.detail ?? fact.key })),
    ...(profile.memory.aboutOthers ?? []).flatMap((fact) => (fact.about.name ? [{ name: fact.about.name, kind: fact.about.kind ?? '', noun: fact.about.noun }] : [])),
  ];
  for (const { name, kind, noun } of named) {
    const at = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\p{L}])`, 'iu').exec(turn.text);
    if (!at) continue;
    // A pet by what it is ("my dog" for a greyhound), so "what breed" asks for the sort; a person by who they are and their name.
    const who = lexicon.people.has(kind) || !lexicon.kinds.has(kind) ? `my ${noun} ${name}` : `my ${lexicon.parents.get(noun.toLowerCase()) ?? noun}`;
    const start = at.index + at[1].length;
    const read = deps.readMemory(`${turn.text.slice(0, start)}${who}${turn.text.slice(start + name.length)}`);
    // "who feeds Simit when I'm away?" is not answered by Simit's name: asked "who", the name is what is asked about.
    const byOwnName = asksWho(turn.text, noteLexicon(deps.content)) && read.questions.some((question) => question.kinds.includes(kind));
    if (read.questions.length > 0 && read.facts.length === 0 && read.others.length === 0 && !byOwnName) return { ...reading, questions: read.questions };
    // "please forget about Jonas entirely": whoever has that name. "forget what I said about Gary's divorce" is
    // not about Gary as a whole: said with "'s", only what is told of them goes.
    const owned = /^['’]s(?![\p{L}])/u.test(turn.text.slice(start + name.length));
    if (read.forget.length > 0 && read.questions.length === 0 && (!owned || read.forget.every((target) => target.about !== undefined))) return { ...reading, forget: read.forget };
    // "correction, Adam turned 5 last week!": what is said of them, kept about them (and nothing else taken back).
    const told = read.others.filter((fact) => fact.about.name?.toLowerCase() === name.toLowerCase());
    if (told.length > 0 && read.questions.length === 0) return { ...reading, others: told, retract: false };
  }
  // "we broke up last week. pls forget about her": the person told of last.
  const last = named.filter((one) => lexicon.people.has(one.kind)).at(-1);
  const words = new Set(turn.text.toLowerCase().split(/[^\p{L}]+/u));
  const forgetting = lexicon.forgetVerbs.some((verb) => words.has(verb[0]));
  const pronoun = last && forgetting ? /(^|[^\p{L}])(her|him)(?=$|[^\p{L}])/iu.exec(turn.text) : undefined;
  if (last && pronoun) {
    const start = pronoun.index + pronoun[1].length;
    const read = deps.readMemory(`${turn.text.slice(0, start)}my ${last.noun} ${last.name}${turn.text.slice(start + pronoun[2].length)}`);
    if (read.forget.length > 0 && read.questions.length === 0) return { ...reading, forget: read.forget };
  }
  return reading;
}
