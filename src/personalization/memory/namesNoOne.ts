import { isPunctuation, tokenize } from './tokens';
import { wordLexicon } from '../../nlu/wordLexicon';

/** What tells a name of someone from the name of a team, a band, a place or a thing in a note. */
export interface NoOneWords {
  /** Words a name is given by ("called", "named"). */
  namings: ReadonlySet<string>;
  /** Words between a noun and the name it is given ("a band *that's* called …"): articles, "is", "'s". */
  linking: ReadonlySet<string>;
  /** Words before "is" that name nothing a name is given to ("he is Tom", "the name is Tom"). */
  notNouns: ReadonlySet<string>;
  contractedIs: ReadonlySet<string>;
  /** Whether a noun names a group, a place or a made thing, and no one ("band", "team", "bar"; not "guy", "duo", "endo"), as WordNet files it. */
  namesThing(noun: string): boolean;
  /** Words a place is said after ("in", "at", "from"). */
  placeLinks: ReadonlySet<string>;
  /** Whether a name is a city or another place ("Porto", "Hampden Park"). */
  isPlace(name: string): boolean;
  /** Values kept as facts of kinds that hold no one ("Kestrel United" a team, "Yamaha" a brand). */
  keptThings: ReadonlySet<string>;
}

/**
 * Whether the name a note gives (`part`) is no one's, so it cannot answer "who …?": a place said as one; a value kept of a kind
 * that holds no one; one said after "the" ("plays for the Otters"); one given to a noun that names no person ("a band
 * called Red Kite", "the team is Harbour Rovers"), though one given to someone is ("a guy called Gary", "our coach is Ida").
 */
export function namesNoOne(note: string, part: string, words: NoOneWords): boolean {
  if (words.keptThings.has(part.toLowerCase())) return true;
  const tokens = tokenize(note, words.contractedIs).filter((token) => !isPunctuation(token));
  const first = tokenize(part, words.contractedIs).find((token) => !isPunctuation(token))?.norm;
  const at = tokens.findIndex((token, index) => index > 0 && token.norm === first && /^\p{Lu}/u.test(token.raw));
  if (at <= 0) return false;
  if (tokens[at - 1].norm === 'the') return true;
  // Many a name is a town's too ("Florence", "Adelaide"): a place only when said as one ("in Porto", "at Hampden Park").
  if (words.placeLinks.has(tokens[at - 1].norm) && words.isPlace(part)) return true;
  // Back over "called", "is", "'s" and articles to the noun the name is given to.
  let back = at - 1;
  let given = false;
  while (back >= 0 && (words.namings.has(tokens[back].norm) || words.linking.has(tokens[back].norm))) {
    given ||= words.namings.has(tokens[back].norm) || tokens[back].norm === 'is' || tokens[back].norm === "'s";
    back--;
  }
  // A noun typed small: "Cork" of "a lad from Cork called Finn" names no one the name is given to, nor "GP" of "my GP is …".
  const noun = back >= 0 && back < at - 1 && /^\p{Ll}+$/u.test(tokens[back].raw) ? tokens[back].norm : undefined;
  // "my mother-in-law is Ngozi": the "law" of a relation by marriage is part of a word for someone.
  const inLaw = noun === 'law' && tokens[back - 1]?.norm === 'in';
  // "my colleague on patrol is Kofi": a noun after a preposition says where or of what; the name is given to the noun before it.
  const head = noun !== undefined && !inLaw && back >= 2 && wordLexicon().tags(tokens[back - 1].norm)?.[0] === 'IN' && /^\p{Ll}+$/u.test(tokens[back - 2].raw) ? tokens[back - 2].norm : noun;
  return given && head !== undefined && !inLaw && !words.notNouns.has(head) && words.namesThing(head);
}
