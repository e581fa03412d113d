import { wordLexicon } from '../../../src/nlu/wordLexicon';
import { findCity } from '../../../src/personalization/cities';
import { memoryLexicon } from '../../../src/personalization/memory/factKinds';
import { readMemory } from '../../../src/personalization/memory/readMemory';
import { realContent } from '../../helpers/testRapport';

const read = (text: string) => readMemory(text, memoryLexicon(realContent()), { words: wordLexicon(), findCity });

describe('readMemory', () => {
  it('splits clauses at "but" and at "and I", not inside a list of names', () => {
    expect(read("I grew up in Cairo but I've been living in Dubai for five years").facts).toEqual([
      { kind: 'from', value: 'Cairo' },
      { kind: 'home', value: 'Dubai' },
    ]);
    expect(read('I live in Austin with my husband Tom and our two dogs, Pepper and Salt').facts).toEqual([
      { kind: 'home', value: 'Austin' },
      { kind: 'partner', value: 'Tom', detail: 'husband' },
      { kind: 'pet', value: 'Pepper', detail: 'dog' },
      { kind: 'pet', value: 'Salt', detail: 'dog' },
    ]);
  });

  it('reads dislikes, likes after "more of a ... person", and drops trailing fillers', () => {
    expect(read('not really into sports tbh, more of a chess person').facts).toEqual([
      { kind: 'dislike', value: 'sports' },
      { kind: 'like', value: 'chess' },
    ]);
  });

  it('takes a name only when it looks like one', () => {
    expect(read("I'm Theo btw").name).toBe('Theo');
    expect(read('ken here').name).toBe('Ken');
    expect(read("it's Jo").name).toBe('Jo');
    for (const state of ["I'm tired today", "I'm fine thanks", "I'm exhausted", "I'm off", "I'm here"]) expect(read(state).name).toBeUndefined();
    expect(read("I'm vegan")).toMatchObject({ facts: [{ kind: 'diet', value: 'vegan' }] });
    expect(read("I'm vegan").name).toBeUndefined();
  });

  it('attaches a name to the animal just named through a pronoun, and files breeds under their animal', () => {
    expect(read('we adopted a greyhound, his name is Bolt').facts).toEqual([{ kind: 'pet', value: 'Bolt', detail: 'dog' }]);
  });

  it('reads questions about oneself by kind, narrowed by a noun, and never as facts', () => {
    expect(read("what's my husband's name?")).toMatchObject({ facts: [], questions: [{ kinds: ['partner'], detail: 'husband' }] });
    expect(read('what language am I studying?').questions).toEqual([{ kinds: ['learning'], category: 'language' }]);
    expect(read("where's home?").questions).toEqual([{ kinds: ['home'] }]);
    expect(read('is there anything I can\'t eat?').questions[0].kinds).toEqual(expect.arrayContaining(['diet', 'avoids']));
  });

  it('does not take requests about other things as questions about the person', () => {
    for (const text of ['My card is lost! What do I do now?', 'How can I get my physical card to work?', 'Can I open an account for my daughter?', 'Where did the extra fee on my statement come from?', 'please tell me the date']) {
      expect(read(text).questions).toEqual([]);
    }
    expect(read('place order for a chicken manchow soup from wangs kitchen').facts).toEqual([]);
  });

  it('reads corrections, "no longer" and forgetting one thing', () => {
    expect(read('scratch that, I moved to Montevideo in June')).toMatchObject({ retract: true, facts: [{ kind: 'home', value: 'Montevideo' }] });
    expect(read('I no longer have a cat').removals).toEqual([{ kind: 'pet', detail: 'cat' }]);
    expect(read('please forget where I live').forget).toEqual([{ kind: 'home' }]);
    expect(read('forget everything about me').forget).toEqual([]);
  });

  it('reads dates as month and day', () => {
    expect(read('my birthday is on the 3rd of October').facts).toEqual([{ kind: 'birthday', value: 'October 3' }]);
  });
});
