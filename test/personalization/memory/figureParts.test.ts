import { figurePart } from '../../../src/personalization/memory/figureParts';
import { wordLexicon } from '../../../src/nlu/wordLexicon';

const same = (a: string, b: string) => a === b;
const words = { breaks: new Set(['and', 'so']), links: new Set(['is', 'was']) };

describe('figurePart', () => {
  it('tells the part whose word the question names, parted by the words content gives', () => {
    expect(figurePart('swim 34:12, bike 2:48 and total is 5:21', ['total'], same, words)).toBe('total is 5:21');
    expect(figurePart('bought a top for £8 so profit was £79', ['profit'], same, words)).toBe('profit was £79');
  });

  it('reads the parts and links from content, not from code', () => {
    // Without "so" as a break and "was" as a link, the note is one part, and no single figure is named.
    expect(figurePart('bought a top for £8 so profit was £79', ['profit'], same, { breaks: new Set(), links: new Set() })).toBeUndefined();
    // A writer's own break word parts the note as "and" does.
    expect(figurePart('swim 34:12 plus total 5:21', ['total'], same, { breaks: new Set(['plus']), links: new Set() })).toBe('total 5:21');
  });

  it('a comma inside a figure parts nothing', () => {
    expect(figurePart('deposit 1,200, rent 950', ['rent'], same, words)).toBe('rent 950');
  });
});

describe('wordLexicon().lacks', () => {
  it('is true of names and made-up words in any case, false of common words', () => {
    expect(wordLexicon().lacks('aisling')).toBe(true);
    expect(wordLexicon().lacks('Kickr')).toBe(true);
    expect(wordLexicon().lacks('Table')).toBe(false);
    expect(wordLexicon().lacks('garden')).toBe(false);
  });
});
