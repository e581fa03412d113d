// Picks out the part of a note that fills the role a question asks for (`askedRole`): the material, or whom it is for.
import { isLivingNoun, nounKinds } from '../../nlu/nounKinds';
import { wordLexicon } from '../../nlu/wordLexicon';
import type { AskedRole } from './askedRole';
import type { NoteLexicon } from './noteLexicon';
import { contentWords, isClitic, secondPerson, stem, writtenOut } from './noteWords';
import { isPunctuation, type Token, tokenize } from './tokens';

/** Steps up WordNet's nouns, and senses looked at, to find that a noun is a material ("sycamore" → wood → … → material). */
const MATERIAL_DEPTH = 8;
const MATERIAL_SENSES = 4;

/** Words that open a noun phrase without saying what it is: left out of what is told back ("an old oak door" → "old oak door"). */
const ARTICLES = new Set(['a', 'an', 'the', 'some']);

/**
 * The part of a note that fills `role`, told in the second person ("old pallets" of "Greg built me a windbreak out of
 * old pallets, he is a sweetheart"; "your niece Hannah" of "… a blanket chest for my niece Hannah"); undefined when
 * the note fills no such role, so the caller tells back what it would have told.
 */
export function roleSpan(text: string, role: AskedRole, lexicon: NoteLexicon, anchors: readonly string[] = []): string | undefined {
  if (role === 'yesNo') return undefined;
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  const span = role === 'material' ? materialSpan(tokens, lexicon) : role === 'recipient' ? recipientSpan(tokens, lexicon) : role === 'work' ? workSpan(tokens, anchors, lexicon) : deedSpan(tokens, anchors, lexicon);
  return span && span.length > 0 ? secondPerson(writtenOut(span)) : undefined;
}

/** Who does what, said first ("I", "we"): a note's "I am a route setter" of "I am a route setter at a gym in Denver". */
const DOERS = new Set(['i', 'we']);

/**
 * What "I" or "we" is said to do or be, from the subject up to where, when or why ("I am a route setter"), in the
 * clause that says a word the question asks by (`anchors`: "gym" of "what do I do at the gym?"); undefined when no
 * such clause says who does it ("I drive a cab n paint at weekends" for "… at weekends?").
 */
function deedSpan(tokens: readonly Token[], anchors: readonly string[], lexicon: NoteLexicon): Token[] | undefined {
  const wanted = new Set(anchors.map((word) => stem(word, lexicon)));
  const breaks = (token: Token) => isPunctuation(token) || lexicon.roles.deedClauseBreaks.has(token.norm);
  const subject = tokens.findIndex((token, at) => {
    if (!DOERS.has(token.norm)) return false;
    let start = at;
    while (start > 0 && !breaks(tokens[start - 1])) start--;
    let end = at + 1;
    while (end < tokens.length && !breaks(tokens[end])) end++;
    return tokens.slice(start, end).some((one) => wanted.has(stem(one.norm, lexicon)));
  });
  if (subject < 0 || subject + 1 >= tokens.length) return undefined;
  // "I volunteer at the food bank in Leith": a verb with nothing after it goes on to the first place or time said.
  const said = (end: number) => contentWords(tokens.slice(subject + 2, end), lexicon).length > 0;
  let end = subject + 2;
  while (end < tokens.length && !isPunctuation(tokens[end]) && (!lexicon.roles.spanEnds.has(tokens[end].norm) || !said(end))) end++;
  return contentWords(tokens.slice(subject + 1, end), lexicon).length > 0 ? tokens.slice(subject, end) : undefined;
}

/** Words that say what one is, after whom ("jade *is* a nurse"). */
const BEING = new Set(['is', 'was']);

/**
 * What someone asked by name or by who they are (`asked`, less the words for work) is said to be or do, from them up
 * to where or when: "jade's a cop" of "my sister jade's a cop out in dubbo", "Steve drives trucks interstate" of "Ruby
 * 13, and hubby Steve drives trucks interstate"; undefined when the note says them before no verb.
 */
function workSpan(tokens: readonly Token[], asked: readonly string[], lexicon: NoteLexicon): Token[] | undefined {
  const who = new Set(asked.filter((word) => !lexicon.workWords.has(word) && !lexicon.stopWords.has(word)));
  if (who.size === 0) return undefined;
  for (let at = 0; at < tokens.length; at++) {
    if (!who.has(tokens[at].norm)) continue;
    // "my sister jade's a cop" asked "what does my sister do?": the name right after the word asked is who.
    const subject = verbAt(tokens, at + 1) ? at : !isPunctuation(tokens[at + 1] ?? tokens[at]) && verbAt(tokens, at + 2) ? at + 1 : -1;
    if (subject < 0) continue;
    const verb = subject + 1;
    // "jade's a cop": what one is, up to where or when; "Chelsea works days on the same site in returns": what one
    // does, to the end of the clause, as where may say the work.
    const being = BEING.has(tokens[verb].norm) || isClitic(tokens[verb].norm);
    const said = (end: number) => contentWords(tokens.slice(verb + 1, end), lexicon).length > 0;
    const ends = (end: number) => being && (lexicon.roles.spanEnds.has(tokens[end].norm) || (lexicon.roles.spanParticles.has(tokens[end].norm) && lexicon.roles.spanEnds.has(tokens[end + 1]?.norm ?? '')));
    let end = verb + 1;
    while (end < tokens.length && !isPunctuation(tokens[end]) && !lexicon.roles.deedClauseBreaks.has(tokens[end].norm) && (!ends(end) || !said(end))) end++;
    if (contentWords(tokens.slice(verb + 1, end), lexicon).length > 0) return tokens.slice(subject, end);
  }
  return undefined;
}

/** A verb after someone: "is", "was", "'s" before "a" ("jade's a cop", not "jade's husband"), or a word the tagger has as one ("drives"). */
function verbAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || isPunctuation(token)) return false;
  if (BEING.has(token.norm)) return true;
  if (isClitic(token.norm)) return /^['’]s$/u.test(token.norm) && ARTICLES.has(tokens[at + 1]?.norm ?? '');
  return /^\p{Ll}/u.test(token.raw) && (wordLexicon().tags(token.norm) ?? []).includes('VBZ');
}

/**
 * After a verb of making: the words after a phrase that always names the material ("out of old pallets"), else after
 * a looser word ("in", "from") when WordNet files the noun there under a material ("in sycamore with a rosewood inlay").
 */
function materialSpan(tokens: readonly Token[], lexicon: NoteLexicon): Token[] | undefined {
  const { roles } = lexicon;
  const making = tokens.findIndex((token) => roles.makingVerbs.has(token.norm));
  if (making < 0) return undefined;
  for (let at = making + 1; at < tokens.length; at++) {
    if (isPunctuation(tokens[at]) && tokens[at].norm !== ',') continue;
    const link = roles.materialLinks.find((phrase) => phrase.every((word, index) => tokens[at + index]?.norm === word));
    if (link) {
      const phrase = phraseAfter(tokens, at + link.length, lexicon);
      if (phrase) return phrase;
    }
    if (roles.materialLooseLinks.has(tokens[at].norm)) {
      const phrase = phraseAfter(tokens, at + 1, lexicon);
      if (phrase && phrase.some((token) => isMaterial(token.norm, roles.materialKinds))) return phrase;
    }
  }
  return undefined;
}

/** After "for": someone, by a noun for a person ("my niece Hannah", "mum's 60th") or a capitalised word no dictionary knows ("for Hannah", not "for Christmas"). */
function recipientSpan(tokens: readonly Token[], lexicon: NoteLexicon): Token[] | undefined {
  for (let at = 1; at < tokens.length; at++) {
    if (!lexicon.roles.recipientLinks.has(tokens[at].norm)) continue;
    const phrase = phraseAfter(tokens, at + 1, lexicon);
    if (phrase?.some((token) => typedAsName(token) || (/^\p{Ll}/u.test(token.raw) && isLivingNoun(token.norm)))) return phrase;
  }
  return undefined;
}

/** A capitalised word neither the tagger nor WordNet knows ("Hannah", not "Christmas"). */
function typedAsName(token: Token): boolean {
  return /^\p{Lu}\p{Ll}/u.test(token.raw) && wordLexicon().tags(token.norm) === undefined && nounKinds().sensesAbove(token.norm, 0, 1).size === 0;
}

/** The words from `from` up to punctuation or a word of `memoryRoleSpanEnds`, without a leading article; undefined when they say nothing. */
function phraseAfter(tokens: readonly Token[], from: number, lexicon: NoteLexicon): Token[] | undefined {
  let start = from;
  while (start < tokens.length && ARTICLES.has(tokens[start].norm)) start++;
  let end = start;
  while (end < tokens.length && !isPunctuation(tokens[end]) && !lexicon.roles.spanEnds.has(tokens[end].norm)) end++;
  const phrase = tokens.slice(start, end);
  return contentWords(phrase, lexicon).length > 0 ? phrase : undefined;
}

/** Whether WordNet files a noun, or its singular, under a material ("sycamore", "steel", "clay"). */
function isMaterial(word: string, kinds: ReadonlySet<string>): boolean {
  return [word, word.replace(/s$/, '')].some((form) => [...nounKinds().sensesAbove(form, MATERIAL_DEPTH, MATERIAL_SENSES).values()].flat().some((kind) => kinds.has(kind)));
}
