/** One word or mark of a message: as typed (for values and names) and normalized (for matching). */
export interface Token {
  /** As the user typed it; empty for the second half of an expanded contraction ("I'm" → "I" + "am"). */
  raw: string;
  /** Lowercase, apostrophes straightened, contractions expanded. */
  norm: string;
  /** A lone number said in brackets right after it ("Nikau (8)"): an age, when the word is a name. */
  bracketed?: string;
  /** Opens an aside said in brackets ("Amy (vet)"), read after the rest: the word typed right before the brackets. */
  asideAfter?: string;
}

/** "Ursula K. Le Guin", "George R. R. Martin": a capital's point between capitalised words is an initial, not a sentence end. */
const INITIAL = /(?<=^|\s)(?!I\.)(\p{Lu})\.(?=\s+\p{Lu}[\p{L}.])/gu;
/**
 * A range of hours ("5-6:30", "9am-5pm") and a clock or race time ("7:30", "6:45pm", "1:42:10") are one word: the
 * colon is no label's, and the minutes are no number said alone (an age); so are its tenths ("1:12.4"). A number with thousands ("10,000") is one
 * number, read without its commas, and so is one with a decimal comma ("2,5 metres", "€67,50"). Then a date ("3/14") or a reference in parts ("47/1188/24"), a word, a mark. A word keeps its underscores ("night_owl_42",
 * "__kai__"): a handle is said as typed. A sign of money typed before or after a figure ("£80", "₹12,400", "38€") is
 * kept with it as typed, the figure alone its normal form: a price kept says its currency.
 */
const WORD = /\p{Sc}(?:\d{1,3}(?:,\d{3})+|\d{1,4},\d{1,2}|\d+(?:\.\d+)?)(?:[kKmM]|[bBmM][nN])?(?![\p{L}\p{N}]|[.,]\d)|(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\p{Sc}(?![\p{L}\p{N}])|\d{1,2}(?::[0-5]\d)?(?:[aApP][mM])?[-–]\d{1,2}(?::[0-5]\d)?(?:[aApP][mM])?(?![\p{L}\p{N}:/-])|\d{1,2}(?::[0-5]\d){1,2}(?:\.\d{1,3})?(?:[aApP][mM])?(?![\p{L}\p{N}])|\d+(?:\.\d+)?%(?![\p{L}\p{N}])|\d{1,3}(?:,\d{3})+(?![\p{L}\p{N}])|\d{1,4},\d{1,2}(?![\p{L}\p{N},])|\d{1,6}(?:\/\d{1,6}){1,3}(?![\p{L}\p{N}/])|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\p{Lu}\u2024|(?<![\p{L}\p{N}.])@[\p{L}\p{N}_]+(?:\.[\p{L}\p{N}_]+)*|_*[\p{L}\p{N}]+(?:(?:['’.\-&]|_+)[\p{L}\p{N}]+)*_*['’]?|[,;.!?:+=@()&\u2014]/gu;
/** Faces typed with brackets (":(", ";)", ":-)") open or close no aside. */
const EMOTICONS = /[:;=]-?[()]+/g;
/**
 * A dash set between words ("I practise kendo — I hold a 4th dan") parts them as a comma does, typed as a dash
 * (`DASH`) so a label before it reads as one before a colon ("Partner - Ewelina"); "A-level" keeps its hyphen.
 */
const DASHES = /\s+[-–—]+\s+|[–—]+/g;

/** How a dash between words is typed in its token's `raw`, its `norm` being a comma. */
export const DASH = '\u2014';

const NOT_CONTRACTIONS: Record<string, string> = { "can't": 'can', cant: 'can', "won't": 'will', "shan't": 'shall', "ain't": 'am' };
/**
 * Contractions typed without their apostrophe ("whats my dogs name", "dont", "ive"), read as if it were
 * there. Only forms that are no English word of their own ("its", "were", "well", "hell" are left alone).
 */
const BARE_CONTRACTIONS: Record<string, readonly string[]> = {
  cant: ['can', 'not'],
  whats: ['what', 'is'],
  wheres: ['where', 'is'],
  whos: ['who', 'is'],
  hows: ['how', 'is'],
  whens: ['when', 'is'],
  thats: ['that', 'is'],
  theres: ['there', 'is'],
  shes: ['she', 'is'],
  hes: ['he', 'is'],
  ive: ['i', 'have'],
  youre: ['you', 'are'],
  theyre: ['they', 'are'],
  weve: ['we', 'have'],
  theyve: ['they', 'have'],
  dont: ['do', 'not'],
  doesnt: ['does', 'not'],
  didnt: ['did', 'not'],
  isnt: ['is', 'not'],
  arent: ['are', 'not'],
  wasnt: ['was', 'not'],
  werent: ['were', 'not'],
  havent: ['have', 'not'],
  hasnt: ['has', 'not'],
  wouldnt: ['would', 'not'],
  couldnt: ['could', 'not'],
  shouldnt: ['should', 'not'],
};
/** Chat spellings of one word read as the words they stand for ("w my sister", "hindi n english", "wat do i do"). */
const CHAT_WORDS: Record<string, readonly string[]> = {
  w: ['with'],
  n: ['and'],
  bc: ['because'],
  coz: ['because'],
  yr: ['year'],
  yrs: ['years'],
  wat: ['what'],
  wats: ['what', 'is'],
  wen: ['when'],
  tryna: ['trying', 'to'],
  gonna: ['going', 'to'],
  wanna: ['want', 'to'],
  u: ['you'],
  nvm: ['never', 'mind'],
  abt: ['about'],
};
/** Question words whose "'d" is "did" ("where'd"), not "would". */
const QUESTION_WORDS = new Set(['where', 'what', 'when', 'how', 'who', 'why', 'which']);

/** Pictures typed between words ("from Melbourne 🇦🇺 and …") end a sentence as a full stop would. */
const PICTOGRAPHS = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:[\u{FE0F}\u{200D}\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}])*/gu;

/** Marks that open an item of a list ("• Ben • 29 • Denver"), one after another. */
const BULLETS = /\s*[•·▪◦►]+\s*/gu;
/** "#Mei #Singapore": a tag right after another. */
const TAG_AFTER_TAG = /(#[\p{L}\p{N}_]+)\s+(?=#[\p{L}\p{N}])/gu;
/** "1) Fernando 2) 52": a number of an item, a bracket closing none opened. */
const ITEM_NUMBER = /[()]|(?<=^|\s)\d{1,2}\)(?=\s)/gu;

/**
 * "• Ben • 29 • backend dev", "1) Fernando 2) 52 3) bus mechanic", "#Mei #graphicdesigner #Singapore": the items of
 * a list typed with bullets, numbers or tags, parted as commas part them ("Ben, 29, backend dev").
 */
function listed(text: string): string {
  let depth = 0;
  const numbered = text.replace(ITEM_NUMBER, (mark: string, at: number) => {
    if (mark === '(') depth++;
    else if (mark === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) return at === 0 ? '' : ',';
    return mark;
  });
  return numbered.replace(TAG_AFTER_TAG, '$1, ').replace(BULLETS, (_mark: string, at: number, all: string) => (at === 0 || /[:,;.!?]\s*$/.test(all.slice(0, at)) ? ' ' : ', '));
}

/** "mother-in-law", "sister-in-laws": read as typed with spaces, as the words of someone in one's life are listed. */
const IN_LAW = /(\p{L})-in-law/giu;

/**
 * Splits a message into tokens with contractions expanded, so "I'm", "I am" and "im" read the same.
 * `contractedIs` lists the words after which "'s" means "is" ("the name's Max"); elsewhere it is kept as a
 * possessive ("my cat's name").
 */
export function tokenize(text: string, contractedIs: ReadonlySet<string>): Token[] {
  const said: Token[] = [];
  // "backend dev (mostly Go, some Rust), Prague", "a greyhound (rescue) called Nugget": what is said in
  // brackets is an aside, read after the rest as a sentence of its own (a lone number, "Vera (2)", is dropped).
  const asides: Token[][] = [];
  /** The word each aside follows, for a lone number said in brackets after a name. */
  const after = new Map<Token[], Token | undefined>();
  let depth = 0;
  let tokens = said;
  for (const match of listed(text.slice(0, 2000)).replace(IN_LAW, '$1 in law').replace(EMOTICONS, ' ').replace(DASHES, ` ${DASH} `).replace(PICTOGRAPHS, ' . ').replace(INITIAL, '$1\u2024').matchAll(WORD)) {
    const raw = match[0].replace(/\u2024$/, '.');
    const word = raw.toLowerCase().replace(/’/g, "'");
    if (word === '(' || word === ')') {
      depth = Math.max(0, depth + (word === '(' ? 1 : -1));
      if (word === '(' && depth === 1) {
        asides.push((tokens = []));
        after.set(tokens, said.at(-1));
      }
      if (depth === 0) tokens = said;
      continue;
    }
    const push = (norm: string, typed = '') => tokens.push({ raw: typed, norm });
    if (Object.hasOwn(BARE_CONTRACTIONS, word) || Object.hasOwn(CHAT_WORDS, word)) {
      const [first, ...more] = Object.hasOwn(BARE_CONTRACTIONS, word) ? BARE_CONTRACTIONS[word] : CHAT_WORDS[word];
      push(first, raw);
      for (const next of more) push(next);
      continue;
    }
    // "a barista + a photographer": a plus joins as "and" does.
    if (word === '+') {
      push('and');
      continue;
    }
    // "partner = sam" is said as "partner: sam"; "UX researcher @ a fintech" as "at a fintech".
    if (word === '=') {
      push(':', raw);
      continue;
    }
    if (word === DASH) {
      push(',', DASH);
      continue;
    }
    if (word === '@') {
      push('at');
      continue;
    }
    // "Marlow & Finch" is one name; "climbing & cello" joins as "and" does (set once the next word is known).
    if (word === '&') {
      push('and', raw);
      continue;
    }
    if (word === 'cannot') {
      push('can', raw);
      push('not');
      continue;
    }
    if (word === 'im') {
      push('i', raw);
      push('am');
      continue;
    }
    if (/^\p{Sc}\d|\d\p{Sc}$/u.test(word)) {
      const figure = word.replace(/\p{Sc}/u, '');
      push(/^\d{1,3}(?:,\d{3})+$/.test(figure) ? figure.replace(/,/g, '') : figure, raw);
      continue;
    }
    // "18k at 7.9%": a percentage reads as its number and is kept as typed.
    if (/^\d+(?:\.\d+)?%$/.test(word)) {
      push(word.slice(0, -1), raw);
      continue;
    }
    if (/^\d{1,3}(?:,\d{3})+$/.test(word)) {
      push(word.replace(/,/g, ''), raw);
      continue;
    }
    const apostrophe = word.indexOf("'");
    if (apostrophe <= 0) {
      tokens.push({ raw: raw.replace(/['’]$/, ''), norm: word.replace(/'$/, '') });
      continue;
    }
    const stem = word.slice(0, apostrophe);
    const tail = word.slice(apostrophe + 1);
    const typedStem = raw.slice(0, apostrophe);
    if (Object.hasOwn(NOT_CONTRACTIONS, word)) {
      push(NOT_CONTRACTIONS[word], typedStem);
      push('not');
    } else if (tail === 't' && stem.endsWith('n')) {
      push(stem.slice(0, -1), typedStem.slice(0, -1));
      push('not');
    } else if (tail === 'm') {
      push(stem, typedStem);
      push('am');
    } else if (tail === 've') {
      push(stem, typedStem);
      push('have');
    } else if (tail === 're') {
      push(stem, typedStem);
      push('are');
    } else if (tail === 'll') {
      push(stem, typedStem);
      push('will');
    } else if (tail === 'd') {
      // "where'd I go to school?", "what'd I say?": after a question word, "did" (as "would" after "I").
      push(stem, typedStem);
      push(QUESTION_WORDS.has(stem) ? 'did' : 'would');
    } else if (tail === 's' && contractedIs.has(stem)) {
      push(stem, typedStem);
      push('is');
    } else if (tail === 's' || tail === '') {
      // Kept as typed, so a value keeps its possessive ("St Mary's", "children's hospital").
      push(stem, typedStem);
      push("'s", raw.slice(apostrophe));
    } else {
      tokens.push({ raw, norm: word });
    }
  }
  for (const tokens of [said, ...asides]) {
    nameAmpersands(tokens);
    isBeforeWhWord(tokens);
  }
  for (const aside of asides) {
    const words = aside.filter((token) => !isPunctuation(token));
    const lone = words.length === 1 && /^\d+$/.test(words[0].norm);
    const before = after.get(aside);
    if (lone && before) before.bracketed = words[0].norm;
    if (words.length === 0 || lone) continue;
    if (before?.raw) aside[0] = { ...aside[0], asideAfter: before.raw };
    said.push({ raw: '.', norm: '.' }, ...aside);
  }
  return said;
}

/** An ampersand between capitalised words joins one name ("Sato & Kline"): kept as "&", not read as "and". */
function nameAmpersands(tokens: Token[]): void {
  const capitalised = (token: Token | undefined) => /^\p{Lu}/u.test(token?.raw ?? '');
  for (const [i, token] of tokens.entries()) if (token.raw === '&' && capitalised(tokens[i - 1]) && capitalised(tokens[i + 1])) tokens[i] = { raw: '&', norm: '&' };
}

/** Normalized words of a phrase from content, read the same way as messages. */
export function phraseTokens(phrase: string, contractedIs: ReadonlySet<string>): string[] {
  return tokenize(phrase, contractedIs).map((token) => token.norm);
}

/** A word as typed without the marks and signs around it: "(Bolt)," → "Bolt", "£79" → "79", "bolt's," → "bolt's". */
export function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of tokens as typed, joined; expanded halves of contractions are left out. */
export function typedText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => token.raw)
    .filter(Boolean)
    .join(' ')
    .replace(/\s+([,;.!?:])/g, '$1')
    .replace(/\s+(['’]s?)(?=\s|$)/gu, '$1');
}

export function isPunctuation(token: Token): boolean {
  return /^[,;.!?:]$/.test(token.norm);
}

/** Words of a span of time (memoryTimeSpans and the lists beside it), compiled. */
export interface TimeSpans {
  /** Whole phrases ("last summer", "most of my life"). */
  phrases: string[][];
  /** What may come before a number ("about", "nearly", "more than"). */
  before: string[][];
  /** Numbers said in words ("forty", "a few"); digits are numbers too. */
  numbers: string[][];
  units: Set<string>;
}

/** Words that open a clause after "is", never after a possessive: "Galway's *where* I went to uni". */
const WH_WORDS = new Set(['where', 'when', 'what', 'who', 'why', 'how']);

/** "Galway's where I went to uni", "Tuesday's when we meet": an "'s" before a wh-word is "is". */
function isBeforeWhWord(tokens: Token[]): void {
  for (const [at, token] of tokens.entries()) if (token.norm === "'s" && WH_WORDS.has(tokens[at + 1]?.norm ?? '')) tokens[at] = { ...token, norm: 'is' };
}

/** A text's tokens between commas, semicolons, dashes and full stops ("lactose intolerant, which is tragic"). */
export function tokenParts(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if ([',', ';', '.'].includes(token.norm)) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts.filter((part) => part.length > 0);
}
