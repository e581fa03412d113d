// Reads a role one holds in a group ("what's my role on the boat?") and the notes that say one ("I'm the mechanic on board").
import { type Content, contentList } from '../../content/content';
import { nounKinds } from '../../nlu/nounKinds';
import { isPersonNoun } from './categories';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { Note } from '../../profile/userProfile';
import { isPunctuation, type Token, tokenize, typedText } from './tokens';

/** The words a held role is asked and told by (`memoryHeldRole*` in dialogs/memory.yaml). */
export interface HeldRoleWords {
  /** Nouns a question asks a role by ("role", "position"). */
  asks: ReadonlySet<string>;
  /** Words before the group a role is held in ("on the boat", "in the choir"). */
  groupLinks: ReadonlySet<string>;
  /** What sets aside a role already known ("besides portering"), each as its words. */
  besides: string[][];
  /** What gives one a role, said before it ("they *made me* volunteer lead"), each as its words. */
  given: string[][];
  /** Words between "I am" and the role that say only when or how ("I'm *also* the union rep"). */
  skips: ReadonlySet<string>;
  /** Words that end a role ("the safety officer *now*", "section leader *since* March"). */
  ends: ReadonlySet<string>;
  /** Words of a question that name no group ("at work", "these days"). */
  notGroups: ReadonlySet<string>;
  /** Nouns of a person that name no role held ("fan", "mum"). */
  notRoles: ReadonlySet<string>;
  /** Words that open a role and are told back with it ("*the* mechanic", "*her* maid of honour"). */
  openers: ReadonlySet<string>;
  /** Words a role may carry on with after its noun ("maid *of* honour", "shore crew *and* launch authority"). */
  joins: ReadonlySet<string>;
}

export function heldRoleWords(content: Content): HeldRoleWords {
  const lower = (name: string) => new Set(contentList(content, name).map((word) => word.toLowerCase()));
  const phrases = (name: string) => contentList(content, name).map((phrase) => phrase.toLowerCase().split(/\s+/));
  return {
    asks: lower('memoryHeldRoleAsks'),
    groupLinks: lower('memoryHeldRoleGroupLinks'),
    besides: phrases('memoryHeldRoleBesides'),
    given: phrases('memoryHeldRoleGiven'),
    skips: lower('memoryHeldRoleSkips'),
    ends: lower('memoryHeldRoleEnds'),
    notGroups: lower('memoryHeldRoleNotGroups'),
    notRoles: lower('memoryHeldRoleNotRoles'),
    openers: lower('memoryHeldRoleOpeners'),
    joins: lower('memoryHeldRoleJoins'),
  };
}

/** A role asked of oneself: the words of the group it is held in ("boat"), and of what it is not ("portering"). */
export interface RoleAsked {
  group: string[];
  besides: string[];
}

/**
 * "what's my role on the boat?", "what position do I have in the society?", "what role do I have besides portering?":
 * a noun of `memoryHeldRoleAsks` with the group it is held in after a word of `memoryHeldRoleGroupLinks`, or what it
 * is not after one of `memoryHeldRoleBesides`. Undefined for a role asked of nothing ("what's my role?") or of work
 * ("what's my role at work?"), which the work kept answers.
 */
export function heldRoleAsked(said: readonly string[], words: HeldRoleWords, stopWords: ReadonlySet<string>): RoleAsked | undefined {
  const role = said.findIndex((word) => words.asks.has(word));
  if (role < 0) return undefined;
  const plain = (word: string) => /^\p{L}{3,}$/u.test(word) && !stopWords.has(word) && !words.notGroups.has(word) && !words.asks.has(word);
  const rest = said.slice(role + 1);
  const besideAt = rest.findIndex((_, at) => words.besides.some((phrase) => phrase.every((word, index) => rest[at + index] === word)));
  const besides = besideAt < 0 ? [] : rest.slice(besideAt).filter(plain).filter((word) => !words.besides.some((phrase) => phrase.includes(word)));
  const link = rest.findIndex((word) => words.groupLinks.has(word));
  const group = link < 0 || (besideAt >= 0 && besideAt < link) ? [] : rest.slice(link + 1).filter(plain);
  if (group.length === 0 && besides.length === 0) return undefined;
  // "what's my role at work?": asked of one's work, which the work kept answers.
  if (link >= 0 && rest.slice(link + 1).some((word) => words.notGroups.has(word)) && group.length === 0 && besides.length === 0) return undefined;
  return { group, besides };
}

/**
 * The roles a note says the person holds, as said: "the mechanic on board" of "I am the mechanic on board, which is
 * funny", "volunteer lead for exhibits" of "they made me volunteer lead for exhibits", "alto section leader" of "Been
 * alto section leader since March", "deputy leader of Cairngorm MRT" of "I'm Hamish, deputy leader of Cairngorm MRT".
 * A role ends in a noun WordNet files among people ("mechanic", "leader"), or a compound of one ("wicketkeeper").
 */
export function rolesHeld(text: string, words: HeldRoleWords, contractedIs: ReadonlySet<string>, kinNouns: ReadonlySet<string>): string[] {
  const tokens = tokenize(text, contractedIs);
  const starts: number[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const norm = tokens[at].norm;
    // "I am the …", "I have been the …", "been alto section leader …" (said without "I" as a note opens).
    if (norm === 'i' && tokens[at + 1]?.norm === 'am') starts.push(at + 2);
    if (norm === 'been' && (at === 0 || tokens[at - 1].norm === 'have')) starts.push(at + 1);
    const given = words.given.find((phrase) => phrase.every((word, index) => tokens[at + index]?.norm === word));
    if (given) starts.push(at + given.length);
  }
  starts.push(...leadingPieceStarts(tokens, words, kinNouns));
  const roles = starts.map((start) => roleFrom(tokens, start, words, kinNouns)).filter((role): role is string => role !== undefined);
  return [...new Set(roles)];
}

/**
 * "hi, sheila, 49, shore crew and launch authority at …", "Secretary of the Cardigan Bay ARS", "I'm Hamish, deputy
 * leader of …": the piece of a note, after a greeting, a name or an age, that says only who one is.
 */
function leadingPieceStarts(tokens: readonly Token[], words: HeldRoleWords, kinNouns: ReadonlySet<string>): number[] {
  let at = 0;
  while (at < tokens.length) {
    let end = at;
    while (end < tokens.length && !isPunctuation(tokens[end])) end++;
    if (roleFrom(tokens, at, words, kinNouns) !== undefined) return [at];
    // A name, an age or a greeting ("sheila", "49", "I am Hamish", "hi"): who one is may follow.
    if (end - at > MAX_INTRO_WORDS) return [];
    at = end + 1;
  }
  return [];
}

/** Most words of a piece said before one's role that only greets or names ("I am Hamish"). */
const MAX_INTRO_WORDS = 3;

/** Shortest noun of a person a compound may end in ("wicket*keeper*"). */
const MIN_COMPOUND_END = 6;

/** The role said from `start`, up to a word of `memoryHeldRoleEnds` or punctuation, when a noun of a person heads it. */
function roleFrom(tokens: readonly Token[], start: number, words: HeldRoleWords, kinNouns: ReadonlySet<string>): string | undefined {
  let at = start;
  while (at < tokens.length && words.skips.has(tokens[at].norm)) at++;
  const from = at;
  while (at < tokens.length && words.openers.has(tokens[at].norm)) at++;
  const head = at;
  let end = head;
  while (end < tokens.length && !isPunctuation(tokens[end]) && !words.ends.has(tokens[end].norm) && !words.groupLinks.has(tokens[end].norm) && (nounLike(tokens[end].norm, words) || namesRole(tokens[end].norm, words, kinNouns))) end++;
  const core = tokens.slice(head, end);
  if (core.some((token) => /^\d/.test(token.norm))) return undefined;
  // "a nurse working nights": the role ends at its last noun of a person, save what "of" adds ("maid of honour").
  let last = core.length - 1;
  while (last >= 0 && !namesRole(core[last].norm, words, kinNouns)) last--;
  if (last < 0) return undefined;
  // "maid *of honour*", "deputy leader *of Cairngorm MRT*": what "of" adds goes with it.
  const ofAt = core[last + 1]?.norm === 'of' ? end : head + last + 1;
  // "the union rep *for the portering team*": where the role is held goes with it, up to where the clause ends.
  let tail = ofAt;
  if (tail === end && tail < tokens.length && words.groupLinks.has(tokens[tail].norm)) {
    while (tail < tokens.length && !isPunctuation(tokens[tail]) && !words.ends.has(tokens[tail].norm) && !/^\d/.test(tokens[tail].norm)) tail++;
  }
  while (tail > ofAt && words.groupLinks.has(tokens[tail - 1].norm)) tail--;
  return typedText(tokens.slice(from, tail));
}

/** A noun of a person that is a role ("secretary", "wicketkeeper"), not one of kin or of `memoryHeldRoleNotRoles`. */
function namesRole(word: string, words: HeldRoleWords, kinNouns: ReadonlySet<string>): boolean {
  if (!/^\p{L}+$/u.test(word) || words.notRoles.has(word) || kinNouns.has(word)) return false;
  if (isPersonNoun(word)) return true;
  // "wicketkeeper": a word WordNet lacks, ending in one of a person it knows.
  if (nounKinds().kindsOf(word).size > 0) return false;
  for (let cut = 2; word.length - cut >= MIN_COMPOUND_END; cut++) if (isPersonNoun(word.slice(cut))) return true;
  return false;
}

/** A word a role's name may hold: a noun, an adjective, "of" or "and", or a word no dictionary knows ("MRT"); no verb or pronoun. */
function nounLike(word: string, words: HeldRoleWords): boolean {
  if (words.joins.has(word)) return true;
  const tags = wordLexicon().tags(word);
  return tags === undefined || tags.some((tag) => /^(NN|JJ|VBN)/.test(tag));
}

/**
 * The role a person holds in the group asked of, from their notes: told in the message that names the group
 * ("we run a nikolaas class boat … i'm the mechanic on board" for "… on the boat?"), else the last told that is no
 * work kept nor what the question sets aside ("deputy leader of Cairngorm MRT" beside "Day job: outdoor instructor").
 * `same` compares words by their stem. Undefined when no note says one.
 */
export function heldRoleFromNotes(notes: readonly Note[], asked: RoleAsked, kept: readonly string[], same: (a: string, b: string) => boolean, read: (text: string) => string[]): string | undefined {
  const said = notes.flatMap((note) => read(note.text).map((role) => ({ role, note })));
  const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
  const says = (text: string, wanted: readonly string[]) => wordsOf(text).some((word) => wanted.some((one) => same(word, one)));
  // "the union rep for the portering team" is no portering: only the role's own words are compared.
  const own = (role: string) => role.toLowerCase().replace(/ (for|at|on|in|with) .*$/, '').replace(/^(a|an|the|her|his|their|our) /, '');
  const keptRole = (role: string) => kept.some((value) => own(role).includes(value.toLowerCase()) || value.toLowerCase().includes(own(role)));
  const open = said.filter(({ role }) => !says(own(role), asked.besides));
  const inGroup = asked.group.length === 0 ? [] : open.filter(({ note }) => notes.some((other) => other.learnedAt === note.learnedAt && says(other.text, asked.group)));
  const found = inGroup.at(-1) ?? open.filter(({ role }) => !keptRole(role)).at(-1);
  return found?.role;
}
