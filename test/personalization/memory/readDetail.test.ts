import { wordLexicon } from '../../../src/nlu/wordLexicon';
import { findCity } from '../../../src/personalization/cities';
import { memoryLexicon } from '../../../src/personalization/memory/factKinds';
import { readMemory } from '../../../src/personalization/memory/readMemory';
import { realContent } from '../../helpers/testRapport';

const read = (text: string) => readMemory(text, memoryLexicon(realContent()), { words: wordLexicon(), findCity });
const favourite = (value: string, detail: string) => ({ kind: 'favourite', value, detail });

/** Values kept under the thing they are of ({detail} slots): favourites. */
describe('readMemory: a {detail} slot', () => {
  it('reads a favourite with the thing it is of, in every usual spelling and order', () => {
    expect(read('my favourite food is fish soup').facts).toEqual([favourite('fish soup', 'food')]);
    expect(read('fav band is radwimps').facts).toEqual([favourite('radwimps', 'band')]);
    expect(read('fave food is pho obvs').facts).toEqual([favourite('pho', 'food')]);
    expect(read('pho is my favourite food').facts).toEqual([favourite('pho', 'food')]);
    expect(read('favourite film: Amélie').facts).toEqual([favourite('Amélie', 'film')]);
    expect(read('The Beatles are my favourite band').facts).toEqual([favourite('The Beatles', 'band')]);
  });

  it('keeps other words for the thing as one, in the singular, without "kind of" or "of all time"', () => {
    expect(read('my favorite color is green').facts).toEqual([favourite('green', 'colour')]);
    expect(read('my favourite movie of all time is Lost in Translation').facts).toEqual([favourite('Lost in Translation', 'film')]);
    expect(read('my favourite kind of music is jazz').facts).toEqual([favourite('jazz', 'music')]);
    expect(read('my favourite tv show is Severance').facts).toEqual([favourite('Severance', 'show')]);
    expect(read('my fave bands are radwimps and yoasobi').facts).toEqual([favourite('radwimps and yoasobi', 'band')]);
  });

  it('reads a thing "of choice" and a "go-to" thing as favourites, but leaves a kind\'s own "my … is" alone', () => {
    expect(read('my drink of choice is tea').facts).toEqual([favourite('tea', 'drink')]);
    expect(read('crisps are my go-to snack').facts).toEqual([favourite('crisps', 'snack')]);
    expect(read('my hobby is chess').facts).toEqual([{ kind: 'like', value: 'chess' }]);
    expect(read('my home is Leeds').facts).toEqual([{ kind: 'home', value: 'Leeds' }]);
  });

  it('leaves out a hedge before the value, reads a contracted "is", plurals the tagger does not know, and "in the world"', () => {
    expect(read('my favourite food is probably sushi').facts).toEqual([favourite('sushi', 'food')]);
    expect(read("fav colour's green").facts).toEqual([favourite('green', 'colour')]);
    expect(read('my favourite colours are green and blue').facts).toEqual([favourite('green and blue', 'colour')]);
    expect(read('my favourite place in the world is Kyoto').facts).toEqual([favourite('Kyoto', 'place')]);
    expect(read('my favourite show is Only Fools and Horses').facts).toEqual([favourite('Only Fools and Horses', 'show')]);
  });

  it('keeps "and" inside a value, and ends it at a comma or another clause', () => {
    expect(read('my favourite food is fish and chips and I live in Leeds').facts).toEqual([favourite('fish and chips', 'food'), { kind: 'home', value: 'Leeds' }]);
    expect(read('my favourite food is fish soup, weirdly').facts).toEqual([favourite('fish soup', 'food')]);
  });

  it('reads a question about one\'s own favourite answered at once as a statement', () => {
    const reading = read('my favourite drink? tea, always');
    expect(reading.facts).toEqual([favourite('tea', 'drink')]);
    expect(reading.questions).toEqual([]);
  });

  it('leaves "my favourite thing" and "my favourite hobby" to likes', () => {
    expect(read('my favourite thing is hiking').facts).toEqual([{ kind: 'like', value: 'hiking' }]);
    expect(read('my favourite hobby is climbing').facts).toEqual([{ kind: 'like', value: 'climbing' }]);
    expect(read("what's my favourite hobby?").questions).toEqual([{ kinds: ['like'] }]);
  });

  it('reads questions narrowed to a thing, also without "my", but not about the bot', () => {
    expect(read("what's my favourite food?").questions).toEqual([{ kinds: ['favourite'], detail: 'food', category: 'food' }]);
    expect(read('whats my fav drink lol').questions).toEqual([{ kinds: ['favourite'], detail: 'drink', category: 'beverage' }]);
    expect(read('fav band?').questions).toEqual([{ kinds: ['favourite'], detail: 'band' }]);
    expect(read("what's my favourite dish?").questions).toEqual([{ kinds: ['favourite'], detail: 'food', category: 'food' }]);
    expect(read("what's my hot drink of choice?").questions).toEqual([{ kinds: ['favourite'], detail: 'hot drink' }]);
    expect(read("what's my go-to snack").questions).toEqual([{ kinds: ['favourite'], detail: 'snack' }]);
    expect(read('what are my favourites?').questions).toEqual([{ kinds: ['favourite'] }]);
    for (const toBot of ["what's your favourite colour?", 'do you have a fav food?', "what's ur fav band"]) expect(read(toBot)).toMatchObject({ facts: [], questions: [] });
  });

  it('forgets one favourite by its thing', () => {
    expect(read('forget my favourite food').forget).toEqual([{ kind: 'favourite', detail: 'food' }]);
  });
});
