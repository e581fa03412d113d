import { answerSpan } from '../../../src/personalization/memory/answerSpan';
import { bestNote, examplesStems, toldStems } from '../../../src/personalization/memory/bestNote';
import { noteClauses } from '../../../src/personalization/memory/noteClauses';
import { noteLexicon } from '../../../src/personalization/memory/noteLexicon';
import { questionWords } from '../../../src/personalization/memory/questionWords';
import { secondPerson } from '../../../src/personalization/memory/noteWords';
import { categoriesOf, categoryNames, isOccupation } from '../../../src/personalization/memory/categories';
import { realContent } from '../../helpers/testRapport';
import { wordLexicon } from '../../../src/nlu/wordLexicon';

describe('notes: what is said in one’s own words', () => {
  const lexicon = noteLexicon(realContent());
  const match = { categoriesOf, isOccupation: (word: string) => isOccupation(word, new Set()), categoryNames: categoryNames() };

  it('tells a note back in the second person, contractions written out, "the US" left alone', () => {
    expect(secondPerson("I'm off to the US with my brother and we're staying with our aunt.")).toBe("you're off to the US with your brother and you're staying with your aunt");
    expect(secondPerson('me and my wife moved here')).toBe('you and your wife moved here');
    // Letters beyond ASCII are letters: the "i" ending "Hà Nội" is no word to turn.
    expect(secondPerson('I moved to Hà Nội for my studies')).toBe('you moved to Hà Nội for your studies');
  });

  it('keeps statements about oneself, not questions, requests, things said to the bot or links', () => {
    const kept = (text: string) => noteClauses(text, lexicon).map((note) => note.text);
    expect(kept("I've been restoring an old narrowboat, it takes all my weekends")).toEqual(['I have been restoring an old narrowboat, it takes all my weekends']);
    expect(kept('do I have any plans?')).toEqual([]);
    expect(kept('I think you are great')).toEqual([]);
    expect(kept('my blog is at example.com')).toEqual([]);
    expect(kept('/profile')).toEqual([]);
    // Requests, orders and questions without their mark are asked of the bot, not told.
    const tags = (word: string) => wordLexicon().tags(word);
    expect(noteClauses('I want to book a table for my parents', lexicon, [], false, tags)).toEqual([]);
    expect(noteClauses('show me my alarms for tomorrow', lexicon, [], false, tags)).toEqual([]);
    expect(noteClauses('will it rain at my place later', lexicon, [], false, tags)).toEqual([]);
    expect(noteClauses('still waiting on my new passport', lexicon, [], false, tags)).toHaveLength(1);
    // Nothing but what a fact holds: not kept twice.
    expect(kept('I live in Austin')).toHaveLength(1);
    expect(noteClauses('I live in Austin', lexicon, ['Austin'])).toEqual([]);
  });

  it('stems an intent\'s examples once per loaded content, not on every turn', () => {
    const content = realContent();
    const examples = content.intents.get([...content.intents.keys()][0])?.examples ?? [];
    expect(examples.length).toBeGreaterThan(0);
    const once = examplesStems(examples, noteLexicon(content));
    expect([...once].sort()).toEqual([...toldStems(examples, noteLexicon(content))].sort());
    expect(examplesStems(examples, noteLexicon(content))).toBe(once);
    // Other examples (content reloaded) are stemmed afresh.
    expect(examplesStems([...examples], noteLexicon(content))).not.toBe(once);
  });

  it('reads the words of a question about oneself, not advice asked of the bot', () => {
    expect(questionWords('what do I make in my workshop?', lexicon)).toEqual(['workshop']);
    expect(questionWords('what should I cook tonight?', lexicon)).toBeUndefined();
    expect(questionWords('can you recommend me a film?', lexicon)).toBeUndefined();
    expect(questionWords('what did I tell you about my garden?', lexicon)).toEqual(['garden']);
  });

  it('finds the note sharing the rarest words, by a category, or not at all', () => {
    const notes = [{ text: 'I make birdhouses in my workshop' }, { text: 'I gave up hockey after my knee surgery' }, { text: 'I fix my neighbours bikes in my workshop too' }];
    expect(bestNote(notes, ['make', 'workshop'], lexicon, match)?.note.text).toBe('I fix my neighbours bikes in my workshop too');
    expect(bestNote(notes, ['birdhouses'], lexicon, match)?.note.text).toBe('I make birdhouses in my workshop');
    expect(bestNote(notes, ['sport'], lexicon, match)?.note.text).toBe('I gave up hockey after my knee surgery');
    expect(bestNote(notes, ['piano'], lexicon, match)).toBeUndefined();
  });

  it('ends a name at a comma, and never answers with a value that answers something else', () => {
    const context = { findCity: () => undefined, asked: ['work'] };
    // Before, "Pharmacist Boots" ran on as one name past the comma.
    expect(answerSpan('Nadia, Pharmacist, Boots', 'person', { ...context, known: new Set(['pharmacist']) })).toBe('Boots');
    expect(answerSpan('Nadia, Pharmacist, Boots', 'person', context)).toBeUndefined();
    expect(answerSpan('Nadia, Pharmacist, Boots', 'person', { ...context, known: new Set(['pharmacist', 'boots']) })).toBeUndefined();
  });
});
