import { contentList, contentValue } from '../../content/content';
import type { MemoryReading } from '../../personalization/memory/readMemory';
import { nounKinds } from '../../nlu/nounKinds';
import { learningActive } from '../../profile/userProfile';
import { Turn, TurnDependencies } from '../turn';

/** The fact kind of the person's own work ("bus driver", "teacher"). */
const JOB_KIND = 'job';

/**
 * "who do I drive for?" of a bus driver, "where do I teach?" of a teacher: a question asked by the verb the person's
 * own job is made from asks of their work, read as if it said the verb of work (`memoryJobVerbAsked`: "who do I
 * work for?"), when a word of `memoryJobVerbAskers` is said before it ("what do I drive?" asks a vehicle). Only when the message read as nothing, or asks only kinds nothing is kept of ("drive" reads as a
 * vehicle), and the question read so asks a kind that is kept.
 */
export function readByJobVerb(reading: MemoryReading, turn: Turn, deps: TurnDependencies): MemoryReading {
  const profile = turn.loaded.profile;
  const told = reading.facts.length + reading.others.length + reading.forget.length + reading.removals.length;
  if (told > 0 || reading.askedName || !learningActive(profile)) return reading;
  const facts = profile.memory.facts;
  const kept = (kind: string) => facts.some((fact) => fact.key === kind);
  if (reading.questions.some((question) => question.about !== undefined || question.kinds.some(kept))) return reading;
  const jobs = facts.filter((fact) => fact.key === JOB_KIND).map((fact) => fact.value.toLowerCase().split(/\s+/).at(-1) ?? '');
  const workVerb = contentValue(deps.content, 'memoryJobVerbAsked');
  const askers = new Set(contentList(deps.content, 'memoryJobVerbAskers'));
  if (jobs.length === 0 || workVerb === undefined) return reading;
  // The verb said right after "I" or "we": what the person does, asked of.
  const said = /(^|[^\p{L}])(i|we)\s+(\p{L}+)(?=$|[^\p{L}])/giu;
  for (const found of turn.text.matchAll(said)) {
    const verb = found[3].toLowerCase();
    if (!jobs.some((job) => job === verb || nounKinds().roleWordsOf(job).has(verb))) continue;
    const start = (found.index ?? 0) + found[0].length - found[3].length;
    if (!turn.text.slice(0, start).toLowerCase().split(/[^\p{L}]+/u).some((word) => askers.has(word))) continue;
    const text = `${turn.text.slice(0, start)}${workVerb}${turn.text.slice(start + found[3].length)}`;
    const read = deps.readMemory(text);
    const asks = read.facts.length === 0 && read.others.length === 0 && read.questions.length > 0 && read.questions.every((question) => question.about === undefined && question.kinds.some(kept));
    if (asks) return { ...reading, questions: read.questions, askedAs: text };
  }
  return reading;
}
