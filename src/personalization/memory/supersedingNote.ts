// Reads which later note sets aside the thing an earlier one told: it names that thing again and says it changed.
import type { Token } from './tokens';
import { isPunctuation, tokenize } from './tokens';
import type { NoteLexicon } from './noteLexicon';
import { contentWords, MONTH_OR_DAY, stem } from './noteWords';
import { switchedTo } from './readSwitches';
import { saysPhrase } from './clauses';

/** A note as kept: what was said, and when (the notes of one message share the moment). */
export interface TimedNote {
  text: string;
  learnedAt: string;
}

/** Most notes a word of the old thing may be said in ("freshbooks": where it was told and where it was left). */
const OLD_WORD_NOTES = 3;

/** Fewest letters of a word that names the old thing ("TX4", "frome"; not "bad"). */
const OLD_WORD_LETTERS = 3;

/**
 * "what app do I invoice with nowadays?" of "invoicing was through freshbooks" and, said later, "moved to wave,
 * freshbooks got expensive": a later note that names again a word of a note about what is asked (the old thing,
 * said in few notes) and says it changed (a switch marker, a change or give-up verb, "no longer"; a name handed over is set right as it is told)
 * holds what is so now. When that note only lets the old thing go ("Maureen's not coming anymore"), the note of
 * the same message that says what took its place ("my neighbour Clive helps me now", "switching to the Bath
 * fair") answers; its part that says the new thing (`newPart`) is what it says. Undefined when no later note names and
 * changes it.
 */
export function supersedingNote<T extends TimedNote>(notes: readonly T[], found: T, asked: readonly string[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined, ofFoundOnly = false): { note: T; text: string } | undefined {
  const memory = lexicon.memory;
  const askedStems = new Set(asked.map((word) => stem(word, lexicon)));
  const tokens = notes.map((note) => tokenize(note.text, memory.contractedIs));
  const stems = tokens.map((said) => new Set(contentWords(said, lexicon).map((word) => stem(word, lexicon))));
  const foundAt = notes.indexOf(found);
  if (foundAt < 0) return undefined;
  // The notes about what is asked: the one found, those told in the same message ("rented shoes so far, ordered a
  // pair of Scarpas": the Scarpas are the shoes), and any other that says a word of the question (not `ofFoundOnly`).
  // Not asked "now", only a change of what the note found tells in its part that says the question's word ("got a
  // cabin on Lake of the Woods. Boat's a 1998 Lund": selling the Lund moves no cabin).
  const about = ofFoundOnly ? [foundAt] : notes.map((_, at) => at).filter((at) => at === foundAt || notes[at].learnedAt === found.learnedAt || [...askedStems].some((word) => stems[at].has(word)));
  const oldWords = (at: number) => contentWords(ofFoundOnly ? partsSaying(tokens[at], askedStems, lexicon) : tokens[at], lexicon).filter((word) => namesThing(word, tags) && !askedStems.has(stem(word, lexicon)) && !lexicon.timeWords.has(word) && !MONTH_OR_DAY.test(word) && !lexicon.generalNouns.has(word)).map((word) => stem(word, lexicon));
  const saidIn = (word: string) => stems.filter((said) => said.has(word)).length;
  const changes = [...memory.switchMarkers, ...memory.changedSince, ...memory.giveUps, ...memory.noLonger];
  const handOvers = [...memory.handOvers.before, ...memory.handOvers.after];
  let latest = -1;
  let gone = new Set<string>();
  for (const old of about) {
    const words = new Set(oldWords(old).filter((word) => saidIn(word) <= OLD_WORD_NOTES));
    for (let at = old + 1; at < notes.length; at++) {
      if (notes[at].learnedAt < notes[old].learnedAt || at <= latest) continue;
      const named = [...words].filter((word) => stems[at].has(word));
      // "they moved me to the bedminster branch" of "I work out of the clifton branch": a word asked, said in both,
      // with a move to something new names the same thing, though the old value is not said again.
      const movedOn = named.length === 0 && [...askedStems].some((word) => stems[old].has(word) && stems[at].has(word)) && movesTo(tokens[at], lexicon);
      // "Greta is moving to Ghent so from now I go to Anouk": a name handed over is set right where it was kept already.
      if ((named.length > 0 || movedOn) && saysPhrase(tokens[at], changes) && !saysPhrase(tokens[at], handOvers)) {
        latest = at;
        gone = new Set(named);
      }
    }
  }
  if (latest < 0) return replacedByOne(notes, tokens, foundAt, lexicon);
  const taken = saysNew(tokens[latest], lexicon) ? latest : notes.findIndex((note, at) => at > latest && note.learnedAt === notes[latest].learnedAt && saysNew(tokens[at], lexicon));
  // "Rui moved to Porto :( so my new padel partner is Tiago": news of the old one that says nothing of what is asked,
  // said before a note of the same message that does, leaves the answer to that note.
  const asks = (at: number) => [...askedStems].some((word) => stems[at].has(word));
  if (taken < 0 && !asks(latest) && notes.some((note, at) => at > latest && note.learnedAt === notes[latest].learnedAt && asks(at))) return undefined;
  const note = notes[taken >= 0 ? taken : latest];
  return { note, text: newPart(note.text, (word) => gone.has(stem(word, lexicon)), lexicon) };
}

/**
 * The parts of a note between marks that say a word of the question; the note whole when none does. A point before a
 * word in lower case ends no part ("a teacher called mrs. lindqvist").
 */
function partsSaying(tokens: readonly Token[], askedStems: ReadonlySet<string>, lexicon: NoteLexicon): Token[] {
  const ends = (token: Token, at: number) => isPunctuation(token) && !(token.raw === '.' && /^\p{Ll}/u.test(tokens[at + 1]?.raw ?? ''));
  const parts = tokens.reduce<Token[][]>((all, token, at) => (ends(token, at) ? [...all, []] : [...all.slice(0, -1), [...(all.at(-1) ?? []), token]]), [[]]);
  const saying = parts.filter((part) => part.some((token) => askedStems.has(stem(token.norm, lexicon))));
  return saying.length > 0 ? saying.flat() : [...tokens];
}

/**
 * "my bike got nicked, my old Trek" then "bought a new one, a used Rockhopper": a note that replaces a thing without
 * naming it (`memoryNoteReplacedByOne`) stands for what was told just before it, so it holds what is so now when
 * told after the note found, in the same message or the next. Undefined when no such note follows.
 */
function replacedByOne<T extends TimedNote>(notes: readonly T[], tokens: readonly Token[][], foundAt: number, lexicon: NoteLexicon): { note: T; text: string } | undefined {
  const next = notes.map((note) => note.learnedAt).filter((at) => at > notes[foundAt].learnedAt).sort()[0];
  const at = notes.findIndex((note, index) => index > foundAt && (note.learnedAt === notes[foundAt].learnedAt || note.learnedAt === next) && saysPhrase(tokens[index], lexicon.replacedByOne));
  return at < 0 ? undefined : { note: notes[at], text: notes[at].text };
}

/**
 * "moved to wave, freshbooks got expensive": the part of a note between commas that says the new thing, without
 * those that name the old one (`isOld`): the first that says what holds now, else the first left. The note whole
 * when no part, or every part, names the old thing.
 */
function newPart(text: string, isOld: (word: string) => boolean, lexicon: NoteLexicon): string {
  // "7,200": a comma between digits is part of a figure, not between parts.
  const parts = text.split(/\s*(?:;|,(?!\d))\s*/).filter((part) => part.trim() !== '');
  const left = parts.filter((part) => !contentWords(tokenize(part, lexicon.memory.contractedIs), lexicon).some(isOld));
  if (left.length === parts.length) return text;
  return left.find((part) => saysNew(tokenize(part, lexicon.memory.contractedIs), lexicon)) ?? left[0] ?? text;
}

/** Most words between a verb that moves a thing and the link to where it went ("moved *me* to", "changed *my base* to"). */
const MOVED_WORDS = 3;

/** Whether a note moves something to a new value: a verb of `memoryChangedFromVerbs`, then a few words on, a link of `memoryChangedToLinks`. */
function movesTo(tokens: readonly Token[], lexicon: NoteLexicon): boolean {
  return tokens.some((token, at) => lexicon.memory.changedFromVerbs.has(token.norm) && tokens.slice(at + 1, at + 2 + MOVED_WORDS).some((next) => lexicon.changedToLinks.has(next.norm)));
}

/** A word that may name a thing: a noun, one the tagger does not know ("freshbooks"), or one with a figure ("TX4"). */
function namesThing(word: string, tags: (word: string) => readonly string[] | undefined): boolean {
  // An amount ("10mg", "5km") is a figure said of the thing, not its name.
  if (word.replace(/[^\p{L}\p{N}]/gu, '').length < OLD_WORD_LETTERS || !/\p{L}/u.test(word) || /^\p{N}/u.test(word)) return false;
  const tag = tags(word)?.[0];
  return tag === undefined || tag.startsWith('NN') || /\p{N}/u.test(word);
}

/** Whether a note says what holds now: a switch marker ("now", "these days"), or a switch ("switching to the Bath fair"). */
function saysNew(tokens: readonly Token[], lexicon: NoteLexicon): boolean {
  const memory = lexicon.memory;
  return saysPhrase(tokens, [...memory.switchMarkers, ...memory.handOvers.after]) || switchedTo(tokens, memory) !== undefined;
}
