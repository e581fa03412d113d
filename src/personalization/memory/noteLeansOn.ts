import type { Note } from '../../profile/userProfile';

/** How a note is told to be about someone: by words that name them, and by words that name anyone told of. */
export interface Leaning {
  /** The note names the one asked about ("my son malik plays qb"). */
  names(text: string): boolean;
  /** The note names someone told of, whoever it is. */
  namesSomeone(text: string): boolean;
  /** The note says something of the person themselves ("I am still in bangalore"). */
  saysOwn(text: string): boolean;
  /** Pronouns that stand for someone named before ("he", "her"). */
  pronouns: ReadonlySet<string>;
}

/**
 * Whether the note at `at` goes on about the one a note before it named, though it does not name them itself: a
 * message is kept in several notes, and what follows a name in it is still said of them ("my son malik plays qb
 * …, games friday nights"); a note with a pronoun leans on the one the message before named too ("husband jordan
 * is deployed" … "he always asks for beef jerky"). One that says "I" and no pronoun is the person's own. The nearest note before that names anyone decides: one that
 * names someone else leaves the note theirs.
 */
export function leansOnNamed(notes: readonly Note[], at: number, leaning: Leaning): boolean {
  const note = notes[at];
  if (!note || leaning.namesSomeone(note.text)) return false;
  const pronoun = note.text.toLowerCase().split(/[^\p{L}]+/u).some((word) => leaning.pronouns.has(word));
  // "I am still in bangalore": without a pronoun for someone, a note that says "I" is the person's own.
  if (!pronoun && leaning.saysOwn(note.text)) return false;
  // A pronoun reaches back to the message before; without one, only the notes of its own message count.
  let messages = pronoun ? 2 : 1;
  let learnedAt = note.learnedAt;
  for (let i = at - 1; i >= 0; i--) {
    if (notes[i].learnedAt !== learnedAt) {
      messages -= 1;
      learnedAt = notes[i].learnedAt;
    }
    if (messages <= 0) return false;
    if (leaning.names(notes[i].text)) return true;
    if (leaning.namesSomeone(notes[i].text)) return false;
  }
  return false;
}
