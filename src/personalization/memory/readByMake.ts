import type { Someone } from '../../profile/userProfile';
import type { MemoryLexicon } from './factKinds';
import type { StatedFact } from './memoryReading';
import { personAt, type StatedAbout } from './readOthers';
import { isPunctuation, type Token } from './tokens';
import type { ValueContext } from './readValue';

/** The kind a thing named by its make is kept as (`memoryVehicleMakes`). */
export const VEHICLE_KIND = 'vehicle';

/** Words a thing named by its make is told with after its determiner ("a *dark blue 2011* Volvo"): at most this many. */
const MAX_DESCRIBING = 4;
/** Words of a model after its make ("Peugeot *208*", "Triumph *Bonneville T120*"). */
const MAX_MODEL = 3;
/** Words before a thing that make it someone's: "*my* Skoda", "*a* grey Orbea", "*our* Ford". */
const DETERMINERS = new Set(['a', 'an', 'my', 'our', 'the']);
const OWN_DETERMINERS = new Set(['my', 'our']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us']);
/** Words that stand for someone else having it ("…, *who* has got an orange KTM", "*he* drives a Golf"). */
const SOMEONE_ELSE = new Set(['who', 'he', 'she', 'they', 'his', 'her', 'their', 'your', 'you']);
/** A possessive "'s" typed after a name ("Jonas's Honda"). */
const POSSESSIVE = /['’]s$/;

export interface MadeThings {
  own: StatedFact[];
  others: StatedAbout[];
}

/**
 * Things named by their make (`memoryVehicleMakes`), told in any words: "my Skoda Fabia keeps stalling", "bought a Kia
 * Niro in red", "got a replacement, a grey Orbea Terra", "my partner has a red Mazda MX5". Kept with
 * what describes them ("dark green 2009 Saab 9-3"), as the person's own, or about the one in their life who has it
 * ("my boyfriend drives our Ford Focus"). One wanted, hoped for or gone ("thinking of a Polestar", "sold my old Opel",
 * `memoryMakeNotHad`, `memoryMakeFormerly`) is no one's; nor one of someone told of by a pronoun or a name alone
 * ("my mate Jonas, who's got a KTM").
 */
export function readByMake(tokens: readonly Token[], lexicon: MemoryLexicon, values: ValueContext): MadeThings {
  const read: MadeThings = { own: [], others: [] };
  const { makes, notHad, formerly } = lexicon.made;
  if (makes.size === 0 || tokens.some((token) => notHad.has(token.norm))) return read;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at];
    // Typed all in lower case, a make that is a word too ("seat", "smart") is that word.
    const typed = values.lowerCase ? values.words.tags(token.norm) === undefined : /^\p{Lu}/u.test(token.raw);
    if (!makes.has(token.norm) || !typed) continue;
    const start = describedFrom(tokens, at);
    // "my old Opel", "our previous Golf": one had before.
    if (start === undefined || (OWN_DETERMINERS.has(tokens[start.determiner].norm) && formerly.has(tokens[start.first]?.norm ?? ''))) continue;
    const end = modelEnd(tokens, at + 1);
    const value = [...tokens.slice(start.first, end).map((token) => token.raw), ...colourAfter(tokens, end, lexicon.made.colours)].join(' ');
    const owner = ownerOf(tokens, start.determiner, lexicon);
    if (owner === 'own') read.own.push({ kind: VEHICLE_KIND, value });
    else if (owner !== undefined) read.others.push({ kind: VEHICLE_KIND, value, about: owner });
    at = end;
  }
  return read;
}

/** The first word describing the thing whose make is at `at` ("a *dark* blue Volvo"), and its determiner: none, no thing. */
function describedFrom(tokens: readonly Token[], at: number): { first: number; determiner: number } | undefined {
  for (let i = at - 1; i >= Math.max(0, at - 1 - MAX_DESCRIBING); i--) {
    const word = tokens[i];
    if (DETERMINERS.has(word.norm)) return { first: i + 1, determiner: i };
    if (isPunctuation(word)) return undefined;
  }
  return undefined;
}

/** Where the model after a make ends: words typed with a capital or a digit ("Bonneville T120", "208", "450X"). */
function modelEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end - from < MAX_MODEL && !isPunctuation(tokens[end]) && /^(\p{Lu}|\p{N})/u.test(tokens[end].raw) && tokens[end].raw !== 'I') end++;
  return end;
}

/** "a Kia Niro *in red*": the colour said after the thing, with its "in". */
function colourAfter(tokens: readonly Token[], end: number, colours: ReadonlySet<string>): string[] {
  return tokens[end]?.norm === 'in' && colours.has(tokens[end + 1]?.norm ?? '') ? [tokens[end].raw, tokens[end + 1].raw] : [];
}

/**
 * Whose the thing is, read back from its determiner: "my"/"our" or "I" is the person's own, a noun of someone
 * ("my wife has") theirs; a pronoun or "who" of someone not named here, nobody the reader can tell. Said with no
 * subject ("bought a Kia Niro"), in a message about oneself, it is one's own.
 */
function ownerOf(tokens: readonly Token[], determiner: number, lexicon: MemoryLexicon): Someone | 'own' | undefined {
  for (let i = determiner - 1; i >= 0; i--) {
    const word = tokens[i].norm;
    const person = personAt(tokens, i, lexicon);
    if (person && (i === 0 || ['my', 'our', 'the'].includes(tokens[i - 1].norm))) return { ...(person.kind ? { kind: person.kind } : {}), noun: person.noun };
    if (FIRST_PERSON.has(word)) return 'own';
    if (SOMEONE_ELSE.has(word) || POSSESSIVE.test(tokens[i].raw)) return undefined;
    // "Liam has got a Vespa": a name opening what is said of someone.
    if (/^\p{Lu}/u.test(tokens[i].raw) && lexicon.owningVerbs.has(tokens[i + 1]?.norm ?? '')) return undefined;
  }
  // "the Volvo" with no one said to have it: whose, the reader cannot tell.
  return tokens[determiner].norm === 'the' ? undefined : 'own';
}
