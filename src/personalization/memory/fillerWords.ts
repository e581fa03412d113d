import { wordLexicon } from '../../nlu/wordLexicon';

/**
 * The words that only soften, stress or pause (`memoryFillers`), and any "-ly" word the lexicon knows only as an
 * adverb ("I'm *officially* living in Bristol", "I *basically* teach"), but those that change what is said
 * (`memoryNotFillerAdverbs`: "I *barely* eat meat", "I *previously* worked at …"). Iterating gives the listed words only.
 */
export class FillerWords extends Set<string> {
  private readonly kept: ReadonlySet<string>;

  constructor(listed: Iterable<string>, kept: Iterable<string>) {
    super(listed);
    this.kept = new Set(kept);
  }

  override has(word: string): boolean {
    return super.has(word) || (word.endsWith('ly') && !this.kept.has(word) && onlyAdverb(word));
  }
}

function onlyAdverb(word: string): boolean {
  const tags = wordLexicon().tags(word);
  return tags !== undefined && tags.length === 1 && tags[0] === 'RB';
}
