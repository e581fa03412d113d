// Reads how a note changes: what a question asks of before or now, and the part of a note that says the new value.
import { type Token, tokenize, tokenParts, typedText } from './tokens';
import { escapeRegExp } from '../../util/escapeRegExp';
import type { NoteLexicon } from './noteLexicon';
import { contentWords, stem, writtenOut } from './noteWords';
import { wordLexicon } from '../../nlu/wordLexicon';

/**
 * Whether a question asks how things were ("where did I move from?", "what was my old job?"): a verb in the past,
 * or a word of `memoryAsksBefore`.
 */
export function asksBefore(text: string, lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined): boolean {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  return tokens.some((token, at) => /^VBD$/.test(tags(token.norm)?.[0] ?? '') || lexicon.asksBefore.some((phrase) => phrase.every((word, i) => tokens[at + i]?.norm === word)));
}

/**
 * "had a D-2 student visa, now E-7 for work": what a note says holds now, after a clause that opens with a word
 * of `memorySwitchMarkers` ("now", "these days") or of `memoryCorrectionOpeners` ("actually") behind what was;
 * undefined when it says no such change.
 */
export function currentPart(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const opens = (at: number) => at > 1 && [',', ';', '.', '-', '—'].includes(tokens[at - 1].norm);
  // "…fridays 9pm, actually moved it to sundays 8pm": a part that sets right what the note said before it holds now too.
  const settingRight = lexicon.memory.correctionOpeners.filter((opener) => opener.every((word) => /^\p{L}+$/u.test(word)));
  const marks = tokens.map((_, index) => index).filter((index) => opens(index) && [...lexicon.memory.switchMarkers, ...lexicon.newOnes, ...settingRight].some((marker) => marker.every((word, i) => tokens[index + i]?.norm === word)));
  const at = marks.at(-1) ?? -1;
  // "currently a smoked porter that my wife calls the swamp": what holds now, not what is said of it.
  // "actually moved it to sundays 8pm, fridays nobody watched": what sets right ends where the reason for it opens.
  const setRight = at > 0 && settingRight.some((marker) => marker.every((word, i) => tokens[at + i]?.norm === word));
  const relative = tokens.findIndex((token, index) => index > at + 1 && (RELATIVES.has(token.norm) || (setRight && [',', ';'].includes(token.norm))));
  const rest = at > 0 ? typedText(tokens.slice(at, relative > at ? relative : tokens.length)) : '';
  return rest.split(/\s+/).length > 1 ? rest : undefined;
}

/** Pronouns that open a part of a note and stand for someone named before it in the note. */
const LEADING_PRONOUN = /^(they|he|she)(?:(['’]re|['’]s)|\s+(are|is|were|was))?(?![\p{L}'’])/iu;

/**
 * "the couple upstairs are the Lindqvists, they lent us a ladder": a part of a note told back alone that
 * opens with "they", "he" or "she", with whom it stands for said in its place — the last name (with "the" before
 * it, when said so) in what the note says before the part. The part as it is when it opens otherwise, or the note
 * names no one before it.
 */
export function withAntecedent(part: string, whole: string): string {
  const opener = LEADING_PRONOUN.exec(part);
  // Where the part starts in the note: its words up to a break, as the part may be joined from clauses.
  const at = whole.indexOf(part.split(/[,;]/)[0]);
  if (!opener || at <= 0) return part;
  const before = whole.slice(0, at);
  const names = [...before.matchAll(/(?<![\p{L}])((?:the\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)*)/gu)].map((found) => ({ name: found[1], at: found.index ?? 0 })).filter(({ name, at: index }) => !/^(I|I['’]\p{L}+)$/u.test(name) && index > 0);
  const last = names.at(-1);
  if (!last) return part;
  const verb = opener[2] ? (/re$/i.test(opener[2]) ? ' are' : ' is') : opener[3] ? ` ${opener[3]}` : '';
  return `${last.name}${verb}${part.slice(opener[0].length)}`;
}

/** Words after the old value that end it: what the note goes on to say of the change ("… instead of the high street, *saves* ten minutes"). */
const OLD_VALUE_ENDS = /[,;.!?]|\s(?:and|but|because|bc|since|so|as|cause|cos|now|these days|last|this|next)\b/iu;

/** Most words a verb of change is said before "from" ("moved *the league* from …"), itself among them. */
const FROM_VERB_WORDS = 3;

/**
 * "taking the ring road now instead of the high street", "got switched from plot 4 to plot 9 this spring":
 * a note told back for how things are now, without the words that say what held before ("instead of …", "rather
 * than …"; "from …" after a verb of change, when "to" follows). The text as it is when it says no such change.
 */
export function withoutOldValue(text: string, lexicon: NoteLexicon): string {
  let out = text;
  for (const phrase of lexicon.memory.inPlaceOf) {
    const mark = new RegExp(`\\s*,?\\s*(?<![\\p{L}])${phrase.join('\\s+')}\\s+`, 'iu');
    const found = mark.exec(out);
    if (!found) continue;
    const rest = out.slice(found.index + found[0].length);
    const end = OLD_VALUE_ENDS.exec(rest);
    const cut = end ? end.index : rest.length;
    // Nothing said in its place before it ("instead of driving I cycle"): the sentence needs the words.
    if (found.index === 0 || cut === 0) continue;
    out = out.slice(0, found.index) + rest.slice(cut);
  }
  // "it's plum now not navy", "with Dov these days, not Ezra": "not …" after words that say it holds now.
  for (const phrase of lexicon.memory.switchMarkers) {
    const found = new RegExp(`(?<![\\p{L}])${phrase.map(escapeRegExp).join('\\s+')}(\\s*,?\\s+not\\s+)`, 'iu').exec(out);
    if (!found || found.index === 0) continue;
    const at = found.index + found[0].length - found[1].length;
    const rest = out.slice(found.index + found[0].length);
    const end = OLD_VALUE_ENDS.exec(rest);
    out = out.slice(0, at) + rest.slice(end ? end.index : rest.length);
  }
  // "moved the league from yahoo to espn": the verb may be said a few words before "from", with what it moved.
  const from = /\s+from\s+([^,;.!?]{1,40}?)\s+to\s+/iu.exec(out);
  const verbs = from ? out.slice(0, from.index).split(/\s+/).slice(-FROM_VERB_WORDS) : [];
  if (from && verbs.some((word) => lexicon.memory.changedFromVerbs.has(word.toLowerCase()))) {
    const rest = out.slice(from.index + from[0].length);
    // "… to espn this year because yahoo kept logging everyone out": what goes on to name the old value again is left out.
    const end = new RegExp(`(?<![\\p{L}])${escapeRegExp(from[1])}(?![\\p{L}])`, 'iu').test(rest) ? OLD_VALUE_ENDS.exec(rest) : null;
    out = `${out.slice(0, from.index)} to ${end ? rest.slice(0, end.index) : rest}`;
  }
  return out;
}

/**
 * "the rent was 950, after the renewal it went up to 1,020" asked what it is *now*: the part that brings a figure
 * said before to another ("… to 1,020", "went from 40 to 45 minutes"), from where that part opens; undefined when the
 * note says no figure before the one it goes to.
 */
export function changedToPart(text: string, lexicon: NoteLexicon): string | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const figure = (token: Token | undefined) => token !== undefined && /\p{N}/u.test(token.raw);
  const lastAt = (test: (token: Token, at: number) => boolean, before = tokens.length) => tokens.slice(0, before).map((token, at) => (test(token, at) ? at : -1)).reduce((last, at) => Math.max(last, at), -1);
  // "extended it to the 22nd": "the" may point at the figure.
  const figureAfter = (at: number) => figure(tokens[at + 1]) || (tokens[at + 1]?.norm === 'the' && figure(tokens[at + 2]));
  const to = lastAt((token, at) => token.norm === 'to' && figureAfter(at) && tokens.slice(0, at).some(figure));
  if (to < 0) return undefined;
  // "from 40 to 45": the part opens where the change does, with "from".
  const from = lastAt((token) => token.norm === 'from', to);
  const opens = lastAt((token) => PART_OPENERS.has(token.norm), to);
  const start = Math.max(opens + 1, from >= 0 && tokens.slice(from, to).some(figure) ? from : -1, 0);
  const rest = typedText(tokens.slice(start));
  return start > 0 && rest.split(/\s+/).length > 1 ? rest : undefined;
}

/** Where a part of a note opens: "…, after the renewal it went up to 1,020", "… but now 45". */
const PART_OPENERS = new Set([',', ';', 'but', 'so', 'now']);

/**
 * "staying at my brother's in Glasgow this month, normally I'm in Edinburgh" asked "where do I *usually* live?":
 * the one part of a note that says an adverb the question says, or one WordNet puts in a sense with it; undefined
 * when no part, or more than one, does.
 */
export function adverbPart(text: string, adverbs: readonly string[], lexicon: NoteLexicon, senses: (word: string) => readonly string[]): string | undefined {
  if (adverbs.length === 0) return undefined;
  const asked = new Set(adverbs.flatMap((adverb) => senses(adverb)));
  const says = (token: Token) => adverbs.includes(token.norm) || senses(token.norm).some((sense) => asked.has(sense));
  const parts = tokenParts(tokenize(text, lexicon.memory.contractedIs));
  const saying = parts.filter((part) => part.some(says));
  return parts.length > 1 && saying.length === 1 ? typedText(saying[0]) : undefined;
}

/** Words that open what is said of the thing before them ("a porter *that* my wife calls …"). */
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Words that open the subject of a clause said of a thing ("that *my* wife calls …", "which *she* …"). */
const CLAUSE_SUBJECTS = new Set(['my', 'our', 'his', 'her', 'their', 'the', 'i', 'we', 'he', 'she', 'they', 'you', 'everyone', 'people']);

/**
 * A note told back without what it says of a thing in a clause of its own, when the question asks nothing of it
 * ("I have got a whole layout in the garage" of "… in the garage that Margaret calls the other woman"): that
 * clause answers other questions. The note as it is when there is no such clause, or it holds a word asked.
 */
export function withoutSaidOf(text: string, asked: readonly string[], lexicon: NoteLexicon): string {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  // "my comeback was that his shirt …": "that" after a verb opens what was said or done, the note's point, not a clause said of a thing.
  // Not "the shed that …": a word that may be a noun too ("shed") may be the thing the clause is said of.
  const afterVerb = (at: number) => {
    const tags = wordLexicon().tags(tokens[at - 1]?.norm ?? '') ?? [];
    return /^VB/.test(tags[0] ?? '') && !tags.some((tag) => tag.startsWith('NN'));
  };
  const opens = (at: number) => ['that', 'which', 'whom'].includes(tokens[at].norm) && !afterVerb(at) && (CLAUSE_SUBJECTS.has(tokens[at + 1]?.norm ?? '') || /^\p{Lu}/u.test(tokens[at + 1]?.raw ?? ''));
  const at = tokens.findIndex((_, index) => index >= MIN_TOLD_WORDS && opens(index));
  if (at < 0) return text;
  let end = at + 1;
  while (end < tokens.length && !/^[,;.!?]$/.test(tokens[end].norm)) end++;
  const askedStems = new Set(asked.map((word) => stem(word, lexicon)));
  if (contentWords(tokens.slice(at, end), lexicon).some((word) => askedStems.has(stem(word, lexicon)))) return text;
  return writtenOut([...tokens.slice(0, at), ...tokens.slice(end)]);
}

/** Fewest words a note keeps before a clause said of a thing is left out. */
const MIN_TOLD_WORDS = 3;

/** Whether a question says it asks how things are now ("what am I brewing *right now*?", "… *these days*?"). */
export function asksNow(text: string, lexicon: NoteLexicon): boolean {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  return tokens.some((_, at) => [...lexicon.memory.switchMarkers, ...lexicon.nowAsks].some((marker) => marker.every((word, i) => tokens[at + i]?.norm === word)));
}
