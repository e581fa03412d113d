import { contentList, contentValue } from '../../content/content';
import { renderTemplate } from '../../content/renderTemplate';
import { memoryLexicon, type MemoryLexicon } from '../../personalization/memory/factKinds';
import { wordsAt } from '../../personalization/memory/clauses';
import { isPunctuation, tokenize, type Token } from '../../personalization/memory/tokens';
import { learningActive, type UserProfile } from '../../profile/userProfile';
import type { ProfileChange } from '../../profile/profileChanges';
import type { Turn, TurnDependencies } from '../turn';
import { NOTE_PARTS } from './memoryForget';

/**
 * "1) Raj, 34", "2. backend dev", "#3 married": where an item of a numbered list the person typed opens (remembered
 * messages keep no line breaks, so an item runs to where the next opens).
 */
const ITEM_MARK = /(?<!\S)(?:#(\d{1,2})|(\d{1,2})[).])\s+/g;

/**
 * "please don't keep #6", "forget number 3" after a numbered list the person typed: the item of that number, in a
 * message remembered, is what goes — the facts whose values it says, what it said of others, and the parts of
 * notes made of its words; the other items stay. Handled here when the message asks that and the item is found.
 */
export function forgetItem(turn: Turn, deps: TurnDependencies): void {
  const profile = turn.loaded.profile;
  if (!learningActive(profile)) return;
  const lexicon = memoryLexicon(deps.content);
  const number = itemAsked(tokenize(turn.text, lexicon.contractedIs), turn.text, lexicon, contentList(deps.content, 'memoryItemWords'));
  const item = number === undefined ? undefined : itemSaid(profile, number);
  if (item === undefined) return;
  const said = new Set(wordsOf(item, lexicon));
  const says = (text: string) => { const words = wordsOf(text, lexicon); return words.length > 0 && words.every((word) => said.has(word)); };
  const changes: ProfileChange[] = [
    ...profile.memory.facts.filter((fact) => says(fact.value)).map((fact): ProfileChange => ({ type: 'removeFact', key: fact.key, value: fact.value })),
    ...(profile.memory.aboutOthers ?? []).filter((fact) => says(fact.value)).map((fact): ProfileChange => ({ type: 'removeAbout', key: fact.key, value: fact.value })),
  ];
  const notes = profile.memory.notes ?? [];
  const touched = notes.filter((note) => note.text.split(NOTE_PARTS).some(says));
  if (touched.length > 0) changes.push({ type: 'removeNotes', texts: touched.map((note) => note.text) });
  for (const note of touched) {
    const left = note.text.split(NOTE_PARTS).filter((part) => part !== '' && !says(part));
    if (left.length > 0) changes.push({ type: 'rememberNote', text: left.join(', '), at: note.learnedAt });
  }
  // The message that listed it keeps the other items, not this one.
  changes.push({ type: 'forgetSaid', text: item });
  turn.changes.push(...changes);
  turn.requests.push({ key: 'memory.forgot', values: { label: renderTemplate(contentValue(deps.content, 'memoryItemLabel') ?? '{{item}}', { number: String(number), item }) } });
  turn.notes.takenBack = true;
  turn.handled = true;
}

/** The number a forget request names an item by, when that is all it names ("don't keep #6, not proud of it"). */
function itemAsked(tokens: readonly Token[], text: string, lexicon: MemoryLexicon, itemWords: readonly string[]): number | undefined {
  // The tokens drop "#"; the text says whether it was there.
  const marked = /#\s*\d/.test(text);
  for (let verb = 0; verb < tokens.length; verb++) {
    const phrase = lexicon.forgetVerbs.find((words) => wordsAt(tokens, words, verb));
    if (!phrase) continue;
    let at = verb + phrase.length;
    let named = marked;
    while (at < tokens.length && (tokens[at].norm === 'the' || tokens[at].norm === '.' || itemWords.includes(tokens[at].norm))) {
      named ||= itemWords.includes(tokens[at].norm);
      at++;
    }
    const next = tokens[at + 1];
    if (named && /^\d{1,2}$/.test(tokens[at]?.norm ?? '') && (next === undefined || isPunctuation(next) || lexicon.fillers.has(next.norm))) return Number(tokens[at].norm);
  }
  return undefined;
}

/** The text of item `number` in the latest remembered message that lists it, among other numbered items. */
function itemSaid(profile: UserProfile, number: number): string | undefined {
  const items = profile.memory.turns.flatMap((said) => {
    const marks = [...said.text.matchAll(ITEM_MARK)];
    return marks.map((mark, at) => ({ number: Number(mark[1] ?? mark[2]), text: said.text.slice((mark.index ?? 0) + mark[0].length, marks[at + 1]?.index ?? said.text.length).trim() }));
  });
  const numbers = new Set(items.map((item) => item.number));
  if (!numbers.has(number - 1) && !numbers.has(number + 1)) return undefined;
  const text = items.filter((item) => item.number === number).at(-1)?.text;
  return text === '' ? undefined : text;
}

function wordsOf(text: string, lexicon: MemoryLexicon): string[] {
  return tokenize(text, lexicon.contractedIs).map((token) => token.norm).filter((word) => /[\p{L}\p{N}]/u.test(word));
}
