import { contentList } from '../../content/content';
import { memoryLexicon } from '../../personalization/memory/factKinds';
import { readUndoForget } from '../../personalization/memory/readUndoForget';
import type { Forgotten } from '../../profile/forgotten';
import { applyChanges, type ProfileChange } from '../../profile/profileChanges';
import type { Turn, TurnDependencies } from '../turn';

/** Shortest word of what was forgotten that names it in a take-back ("age", "cat"; not "my", "is"). */
const NAMING_LETTERS = 3;

/**
 * "no wait, keep it" right after a forget request: what it took comes back as it was (`restoreForgotten`), and
 * the rest of the message is understood on the profile with it back ("not everything — just forget his name",
 * "remember it, we decided last night: Tucson"). The previous message's forget is in `turn.undo` only while its
 * window is open (src/profile/forgetUndo.ts).
 */
export function takeBackForget(turn: Turn, deps: TurnDependencies): void {
  const forgotten = turn.undo;
  if (!forgotten) return;
  const read = readUndoForget(turn.text, { phrases: contentList(deps.content, 'memoryUndoForget'), verbs: contentList(deps.content, 'memoryUndoForgetVerbs'), openers: contentList(deps.content, 'memoryUndoForgetOpeners') }, namedBy(forgotten));
  if (!read) return;
  const restore: ProfileChange = { type: 'restoreForgotten', forgotten };
  turn.changes.push(restore);
  // Later stages read the profile with it back; the save applies the change again (it is idempotent), and after an
  // eTag conflict onto what another writer saved.
  turn.loaded = { ...turn.loaded, profile: applyChanges(structuredClone(turn.loaded.profile), [restore]) };
  turn.requests.push({ key: 'memory.keptAfterAll' });
  // "not everything, just forget his name": the names go, what they were the names of stays, in the person's words.
  if (forgetsTheirName(read.rest, deps)) {
    forgetNamesOnly(turn, forgotten, deps);
    return;
  }
  const rest = read.rest === '' ? undefined : deps.readMemory(read.rest);
  const saysMore = rest !== undefined && (rest.facts.length > 0 || rest.others.length > 0 || rest.forget.length > 0 || rest.forgetSaid !== undefined || rest.questions.length > 0 || rest.removals.length > 0 || rest.name !== undefined);
  if (!saysMore) {
    turn.handled = true;
    return;
  }
  turn.text = read.rest;
}

/** The words that name what was forgotten: its values, the nouns they were told with, their kinds, the notes' words. */
function namedBy(forgotten: Forgotten): Set<string> {
  const texts = [
    ...forgotten.facts.flatMap((fact) => [fact.key, fact.value, fact.detail]),
    ...forgotten.aboutOthers.flatMap((fact) => [fact.key, fact.value, fact.about.noun, fact.about.name, fact.about.kind]),
    ...forgotten.events.map((event) => event.kind),
    ...forgotten.notes.map((note) => note.text),
    forgotten.name.explicit,
    forgotten.name.learned,
    forgotten.home?.city,
  ];
  const words = texts.flatMap((text) => (text ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return new Set(words.filter((word) => word.length >= NAMING_LETTERS));
}

/** Words that point back at what was just put back, whose name is forgotten ("forget *his* name"). */
const THEIR = new Set(['his', 'her', 'its', 'their']);

/** Whether the rest of a take-back asks to forget only a name, pointing back ("just forget his name"). */
function forgetsTheirName(rest: string, deps: TurnDependencies): boolean {
  const words = rest.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const verbs = memoryLexicon(deps.content).forgetVerbs;
  return words.some((_, at) => verbs.some((verb) => {
    const end = at + verb.length;
    return verb.every((word, i) => words[at + i] === word) && THEIR.has(words[end] ?? '') && /^names?$/.test(words[end + 1] ?? '');
  }));
}

/** The named ones put back lose their names: each fact that held a name told with a noun ("Pelle", a cat) keeps the noun alone. */
function forgetNamesOnly(turn: Turn, forgotten: Forgotten, deps: TurnDependencies): void {
  const named = forgotten.facts.filter((fact) => fact.detail !== undefined);
  turn.handled = true;
  if (named.length === 0) return;
  // Kept as its kind without a name: "do I have any pets?" still knows the cat.
  for (const fact of named) turn.changes.push({ type: 'removeFact', key: fact.key, value: fact.value }, { type: 'rememberFact', key: fact.key, value: fact.detail ?? '', many: deps.content.facts.get(fact.key)?.many ?? false, at: fact.learnedAt });
  turn.requests.push({ key: 'memory.forgot', values: { label: named.map((fact) => fact.value).join(', ') } });
}
