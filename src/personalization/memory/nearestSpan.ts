import { bareWord } from './tokens';
/**
 * Of several things of the sort asked for that a note names, the one said nearest a word the question locates its
 * answer by: "where's the restaurant?" of "my uncle — the one with the restaurant in Peckham, Jollof Palace — asked me
 * to DJ" → Peckham; "who's my roommate?" of "I live in Alfama with my roommate Beatriz and her parrot Chico" → Beatriz;
 * "what time is my thursday lab?" of "stats Tue 11am, lab on Thursday 1-5pm" → 1-5pm. A candidate in the same clause
 * as that word is nearer than one across a comma, a dash or an "and". Undefined when the note says none of the
 * question's words, or when two candidates are as near: then the note is not read for one.
 */
export function nearestSpan(text: string, candidates: readonly string[], anchors: readonly string[], same: (a: string, b: string) => boolean): string | undefined {
  const words = wordsWithBreaks(text);
  const at = words.flatMap((word, index) => (anchors.some((anchor) => same(anchor, word.plain)) ? [index] : []));
  if (at.length === 0 || candidates.length < 2) return undefined;
  const scored = candidates.map((candidate) => ({ candidate, distance: distanceTo(words, candidate, at) }));
  const nearest = Math.min(...scored.map(({ distance }) => distance));
  // "£35 stitching per suit, £45 if they want piping and lace" for "what do I charge with piping and lace?": the one
  // most of the question's words are said nearest, over one a single word ("charge") is said right beside.
  const voted = mostNearTo(words, candidates, anchors, same);
  const found = voted !== undefined ? [{ candidate: voted, distance: nearest }] : scored.filter(({ distance }) => distance === nearest);
  if (!Number.isFinite(nearest) || found.length !== 1) return undefined;
  // "I sail with Pieter and Femke": one of a list said together is no more the answer than the others.
  return candidates.some((other) => other !== found[0].candidate && listedTogether(text, found[0].candidate, other)) ? undefined : found[0].candidate;
}

/**
 * The candidate that more of the question's words (each counted once, wherever the note says it) are said nearest
 * than any other is; undefined when no one is so for more words than another.
 */
function mostNearTo(words: readonly Word[], candidates: readonly string[], anchors: readonly string[], same: (a: string, b: string) => boolean): string | undefined {
  const votes = new Map<string, number>();
  for (const anchor of new Set(anchors.map((one) => one.toLowerCase()))) {
    const at = words.flatMap((word, index) => (same(anchor, word.plain) ? [index] : []));
    if (at.length === 0) continue;
    const scored = candidates.map((candidate) => ({ candidate, distance: distanceTo(words, candidate, at) }));
    const nearest = Math.min(...scored.map(({ distance }) => distance));
    const found = scored.filter(({ distance }) => distance === nearest);
    if (Number.isFinite(nearest) && found.length === 1) votes.set(found[0].candidate, (votes.get(found[0].candidate) ?? 0) + 1);
  }
  const counts = [...votes.values()].sort((a, b) => b - a);
  if (counts.length === 0 || counts[0] === counts[1]) return undefined;
  return [...votes.entries()].find(([, count]) => count === counts[0])?.[0];
}

/** Whether two things are said side by side in a list, with only "and" or "&" between ("Pieter and Femke"). */
function listedTogether(text: string, one: string, other: string): boolean {
  const [a, b] = [escapeText(one), escapeText(other)];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${a},?\\s+(?:and|n|&)\\s+${b}|${b},?\\s+(?:and|n|&)\\s+${a})(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

function escapeText(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How far a clause break puts two words apart, beside the words between them. */
const BREAK_WORDS = 6;

/** Words that join two clauses or two things said side by side ("and", "but", "n" typed for "and", "&"). */
const JOINS = new Set(['and', 'but', 'n', '&', 'then', 'while', 'so']);

type Word = { plain: string; breakBefore: number };

/** A text's words, lower case without punctuation, each with how many clause breaks stand before it. */
function wordsWithBreaks(text: string): Word[] {
  const words: Word[] = [];
  let breaks = 0;
  for (const typed of text.split(/\s+/).filter(Boolean)) {
    const plain = bareWord(typed).toLowerCase().replace(/['’]s$/u, '');
    // "(", "—" open a clause; a sign of money before its figure ("£50") does not.
    if (/^[^\p{L}\p{N}\p{Sc}]/u.test(typed)) breaks++;
    if (plain === '' || JOINS.has(plain)) {
      breaks++;
      continue;
    }
    words.push({ plain, breakBefore: breaks });
    if (/[^\p{L}\p{N}'’%]$/u.test(typed)) breaks++;
  }
  return words;
}

/** The least distance from where a candidate is said to a word of the question, in words and breaks. */
function distanceTo(words: readonly Word[], candidate: string, anchors: readonly number[]): number {
  const parts = wordsWithBreaks(candidate).map((word) => word.plain);
  let best = Infinity;
  for (let start = 0; start + parts.length <= words.length; start++) {
    if (parts.length === 0 || !parts.every((part, i) => words[start + i].plain === part)) continue;
    const end = start + parts.length - 1;
    for (const anchor of anchors) {
      const [from, to] = anchor < start ? [anchor, start] : [end, anchor];
      if (anchor >= start && anchor <= end) continue;
      best = Math.min(best, to - from + BREAK_WORDS * (words[to].breakBefore - words[from].breakBefore));
    }
  }
  return best;
}

/**
 * The clauses of a note from the first that says a word the question locates its answer by to the one after the
 * last that does, when that leaves some out: "you promised to take him to the aquarium" of "turns 7 in March, you
 * promised to take him to the aquarium" for "where did I promise to take him?". What is told back when no value of the sort asked is found, so the reply does not
 * recite all the note says beside (and the answers to other questions with it). `tells`: whether a word says
 * anything (no stop word, no word of the question); `isVerb`: whether a word is most likely a verb. Undefined else.
 */
export function askedClauses(text: string, anchors: readonly string[], same: (a: string, b: string) => boolean, tells: (word: string) => boolean, isVerb: (word: string) => boolean): string | undefined {
  const clauses = text.split(CLAUSE_BREAK).map((clause) => clause.trim()).filter((clause) => /[\p{L}\p{N}]/u.test(clause));
  const says = (clause: string) => wordsWithBreaks(clause).some((word) => anchors.some((anchor) => same(anchor, word.plain)));
  const found = clauses.findIndex(says);
  // "darts, every Tuesday at the Red Lion": a clause without a verb says when or where of the one before it.
  const first = found > 0 && !wordsWithBreaks(clauses[found]).some((word) => isVerb(word.plain)) ? found - 1 : found;
  const last = clauses.length - 1 - [...clauses].reverse().findIndex(says);
  // What is said of it may follow in the next clause ("I'm knitting a blanket for the baby, yellow").
  // Not a figure said of something else beside one already said, with no verb of its own ("bench 90kg, row 70"); a
  // figure said alone is of what was just said ("silver in the 50 fly, 36.2").
  const figure = (clause: string | undefined) => clause !== undefined && /\d/.test(clause);
  const verbless = (clause: string) => !wordsWithBreaks(clause).some((word) => isVerb(word.plain));
  const ofOther = (clause: string | undefined) => figure(clause) && clause !== undefined && /\p{L}{2}/u.test(clause) && verbless(clause);
  const next = figure(clauses[last]) && ofOther(clauses[last + 1]) ? 1 : 2;
  const saying = first < 0 ? [] : clauses.slice(first, last + next);
  if (saying.length === 0 || saying.length === clauses.length) return undefined;
  const told = saying.join(', ');
  // "we got pie" for "what kind of pie did I have?": a clause of nothing but what is asked tells nothing of it.
  const telling = wordsWithBreaks(told).some((word) => !anchors.some((anchor) => same(anchor, word.plain)) && tells(word.plain));
  return telling && told.split(/\s+/).length >= MIN_CLAUSE_WORDS ? told : undefined;
}

/** What ends a clause: a comma, semicolon, colon (not one inside a figure, "3:21:50", "10,000"), bracket or dash, or a word that joins two; not "and", which joins things in a list ("ella 5 n sigurd 3"). */
const CLAUSE_BREAK = /\s*(?:[;()]|(?<!\d)[,:]|[,:](?!\d)|\s[—–-]+\s|—|–)\s*|\s+(?:but|then|so|while)\s+/iu;

/** Fewest words a clause told back alone says: fewer say too little of the note ("Lisbon"). */
const MIN_CLAUSE_WORDS = 3;
