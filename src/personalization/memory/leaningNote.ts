import type { NoteLexicon } from './noteLexicon';
import { isPunctuation, tokenize, type Token } from './tokens';

/** Pronouns that open a message about one someone or something; and about several. */
const ONE = new Set(['he', 'she']);
const SEVERAL = new Set(['they']);
/** Words before a noun that make it the person's own ("my pufferfish", "3 snails", "a pig"). */
const OWNERS = new Set(['my', 'our', 'a', 'an']);
/** Participles after which "'s" is "has" ("she's been", "he's got"); after any other word it is "is" ("she's terrified"). */
const HAS_BEFORE = new Set(['been', 'got', 'gotten', 'gone', 'had']);
/** Most words between an owner word and the noun it owns ("3 giant African land snails"). */
const OWNED_WITHIN = 4;

/**
 * "we have a kunekune pig called Pierogi" and then, in a message of its own, "she weighs about 80 kg": a message
 * that opens with "he", "she" or "they" tells of someone or something the previous message named. Its text with
 * the pronoun said as who it stands for ("Pierogi weighs about 80 kg", "my snails love cucumber"), so a question
 * that names them finds it; undefined when the message opens otherwise, asks, or the previous one names no one.
 * `earlier`: what else the person told (their notes), where "the twins" may have been said.
 * `probe`: the text read as told of oneself, to tell whether it is a statement at all; `kept`: the text to keep.
 * `names`: the names the person told of (people, pets), the one said last in `previous` standing for "he" or "she";
 * with none, a person or animal they own said there ("I keep a pufferfish" → "my pufferfish").
 */
export function leaningText(text: string, previous: string, earlier: string, names: readonly string[], lexicon: NoteLexicon, tags: (word: string) => readonly string[] | undefined, isBeing: (noun: string) => boolean): { probe: string; kept: string } | undefined {
  const tokens = tokenize(text, lexicon.memory.contractedIs);
  if (tokens.some((token) => token.norm === '?')) return undefined;
  const at = tokens.findIndex((token) => !lexicon.memory.fillers.has(token.norm) && !isPunctuation(token));
  const opener = tokens[at];
  // "the twins are 14" after "… then the twins Adam and Zara": the same ones, said as before; read as the person's own.
  const noun = opener?.norm === 'the' ? tokens[at + 1] : undefined;
  if (noun && /^NN/.test(tags(noun.norm)?.[0] ?? '') && tokenize(`${previous}. ${earlier}`, lexicon.memory.contractedIs).some((token, index, all) => token.norm === noun.norm && all[index - 1]?.norm === 'the')) return { probe: text.replace(/(?<![\p{L}])the(?![\p{L}])/iu, 'my'), kept: text };
  if (!opener || (!ONE.has(opener.norm) && !SEVERAL.has(opener.norm)) || !opener.raw) return undefined;
  const before = tokenize(previous, lexicon.memory.contractedIs);
  const who = ONE.has(opener.norm) ? (lastNamed(previous, names) ?? ownedNoun(before, tags, /^NN$/, isBeing)) : ownedNoun(before, tags, /^NNS$/, isBeing);
  if (!who) return undefined;
  // The pronoun as typed with what is contracted on it ("she's", "shes", "they're"), said again as who it stands
  // for: "she's" as "Velvet is", or "has" before a participle ("she's been stealing").
  const typed = new RegExp(`(?<![\\p{L}\\p{N}])${opener.raw.replace(/[^\p{L}'’]/gu, '')}(?:['’]\\p{L}+)?(?![\\p{L}\\p{N}])`, 'u');
  const joined = tokens.slice(at + 1).filter((token, index, all) => (token.raw === '' || /^['’]s$/.test(token.raw)) && all.slice(0, index).every((earlier) => earlier.raw === ''));
  const next = tokens[at + 1 + joined.length];
  const participle = HAS_BEFORE.has(next?.norm ?? '');
  const said = joined.map((token) => (['is', "'s"].includes(token.norm) ? (participle ? 'has' : 'is') : token.norm));
  const rest = text.replace(typed, [who, ...said].join(' '));
  return rest === text ? undefined : { probe: rest, kept: rest };
}

/** Of the names, the one said last in the text, as it is typed in the names. */
function lastNamed(text: string, names: readonly string[]): string | undefined {
  const lower = text.toLowerCase();
  let best: { name: string; at: number } | undefined;
  for (const name of new Set(names)) {
    const found = [...lower.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu'))].at(-1);
    if (found?.index !== undefined && (!best || found.index > best.at)) best = { name, at: found.index };
  }
  return best?.name;
}

/** The last noun of the wanted number, a person or an animal (`isBeing`), said a few words after "my", "a" or a number ("3 giant African land snails" → "my snails"; not "a film"). */
function ownedNoun(tokens: readonly Token[], tags: (word: string) => readonly string[] | undefined, wanted: RegExp, isBeing: (noun: string) => boolean): string | undefined {
  let found: string | undefined;
  for (const [at, token] of tokens.entries()) {
    if (!OWNERS.has(token.norm) && !/^\d+$/.test(token.norm)) continue;
    // The last noun of the phrase the word opens: what it describes comes before it.
    for (let next = at + 1; next <= at + OWNED_WITHIN && next < tokens.length && !isPunctuation(tokens[next]); next++) {
      // A word the tagger does not know is a noun, plural when it ends in "s" ("quails").
      const tag = tags(tokens[next].norm)?.[0] ?? (/[^s]s$/.test(tokens[next].norm) ? 'NNS' : 'NN');
      if (!/^(NN|JJ|CD)/.test(tag)) break;
      if (wanted.test(tag) && /^\p{Ll}+$/u.test(tokens[next].raw) && [tokens[next].norm, tokens[next].norm.replace(/s$/, '')].some(isBeing)) found = `my ${tokens[next].raw}`;
    }
  }
  return found;
}
