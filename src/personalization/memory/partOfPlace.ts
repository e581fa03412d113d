/** The most words a part of a place is named by ("Park Slope", "the old town"). */
const PART_WORDS = 3;

/**
 * "what part of the city do we live in?" of "we're in copenhagen, living in nørrebro": the place a note names beside
 * the one kept (`whole`), after a word that places (`links`: "in", "at"), up to the end of its part of the note.
 * Undefined when the note names none but the whole; `determines`: whether a word opens a noun phrase ("a", "the", "our").
 */
export function partOfPlace(text: string, whole: string, links: ReadonlySet<string>, determines: (word: string) => boolean): string | undefined {
  const wholeWords = whole.toLowerCase().split(/[^\p{L}\p{N}'-]+/u);
  for (const part of text.split(/\s*[,;]\s*/)) {
    const words = part.split(/\s+/).filter((word) => word !== '');
    for (const [at, word] of words.entries()) {
      if (!links.has(word.toLowerCase())) continue;
      const named = words.slice(at + 1);
      const bare = named.map((one) => one.replace(/[^\p{L}\p{N}'-]+/gu, '')).filter((one) => one !== '');
      // "in a 2 bed flat", "in the garden": a thing, not a part of the place.
      if (bare.length === 0 || bare.length > PART_WORDS || determines(bare[0].toLowerCase()) || bare.some((one) => /\d/.test(one) || wholeWords.includes(one.toLowerCase()))) continue;
      return bare.join(' ');
    }
  }
  return undefined;
}
