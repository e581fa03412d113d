/**
 * A thing kept with words that describe it ("dark green 2009 Saab 9-3", "Kia Niro in red"): its colour when
 * that is what is asked, the thing without its colour otherwise, so that each question gets its own part.
 */

/** The colour said of a thing, with the words that shade it ("dark green", "Cambridge blue", "black and gold"). */
export function colourOf(value: string, colours: ReadonlySet<string>): string | undefined {
  const words = value.split(/\s+/);
  const last = words.map((word) => colours.has(word.toLowerCase())).lastIndexOf(true);
  if (last < 0) return undefined;
  let first = last;
  // Back over shades and joined colours, not over numbers or the make's capitals after a colour.
  while (first > 0 && /^[\p{Ll}]/u.test(words[first - 1]) && !/^(in|a|an|the|my|our)$/i.test(words[first - 1])) first--;
  const before = words.slice(0, first);
  // "Cambridge blue": a capital before the shade is part of it when it opens the value.
  const opening = before.length === 1 && /^\p{Lu}/u.test(before[0]) ? 0 : first;
  return words.slice(opening, last + 1).join(' ');
}

/** The thing without its colour ("2009 Saab 9-3" of "dark green 2009 Saab 9-3"). */
export function withoutColour(value: string, colours: ReadonlySet<string>): string {
  const colour = colourOf(value, colours);
  if (colour === undefined) return value;
  const left = value.replace(colour, ' ').replace(/\s+in\s*$/i, '').replace(/\s+/g, ' ').trim();
  return left === '' ? value : left;
}
