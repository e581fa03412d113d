import { loadWeights, NOTE_RANK_FEATURES, NO_NOTE, rankedNote, type NoteRankFeatures } from '../../../src/personalization/memory/noteRank';
import { choices, trainNoteRank, type RankList } from '../../../src/personalization/memory/trainNoteRank';
import { seededRandom } from '../../../src/util/random';

const features = (values: Partial<NoteRankFeatures>): NoteRankFeatures => ({ ...Object.fromEntries(NOTE_RANK_FEATURES.map((name) => [name, 0])), ...values }) as NoteRankFeatures;

describe('the learned note ranker', () => {
  it('chooses the note with the highest score, and none when no note beats "none of them"', () => {
    const weights = NOTE_RANK_FEATURES.map((name) => (name === 'sortPlace' ? 2 : name === 'none' ? 1 : 0));
    const notes = [
      { note: { text: 'my sister lives in Lyon' }, features: features({ sortPlace: 1 }) },
      { note: { text: 'I like tea' }, features: features({}) },
    ];
    expect(rankedNote(notes, weights)?.text).toBe('my sister lives in Lyon');
    expect(rankedNote([notes[1]], weights)).toBeUndefined();
    expect(rankedNote([], weights)).toBeUndefined();
  });

  it('learns from lists which feature marks the note that answers, and when none does', () => {
    const random = seededRandom(3);
    // The note that answers says a time; in a third of the lists no note answers and none says one.
    const lists: RankList[] = Array.from({ length: 90 }, (_, i) => {
      const answerable = i % 3 !== 0;
      return {
        notes: Array.from({ length: 4 }, (_, j) => ({
          features: features({ sortTime: answerable && j === 1 ? 1 : 0, words: random() * 3, recency: j / 3 }),
          answers: answerable && j === 1,
        })),
      };
    });
    const weights = trainNoteRank(lists);
    const seen = choices(lists, weights);
    expect(seen).toMatchObject({ lists: 90, answerable: 60, fires: 60, right: 60, wrongWhenNone: 0 });
    expect(weights[NOTE_RANK_FEATURES.indexOf('sortTime')]).toBeGreaterThan(weights[NOTE_RANK_FEATURES.indexOf('words')]);
  });

  it('"none of them" is a feature vector of its own', () => {
    expect(NOTE_RANK_FEATURES.filter((name) => NO_NOTE[name] !== 0)).toEqual(['none']);
  });

  it('refuses a weights file for other features, saying how to make it again', () => {
    expect(() => loadWeights({ about: 'old', features: ['words'], weights: [1] })).toThrow(/train again: npm run train:noteRank/);
    expect(() => loadWeights({ about: 'x', features: [...NOTE_RANK_FEATURES], weights: ['a'] })).toThrow();
    expect(loadWeights({ about: 'x', features: [...NOTE_RANK_FEATURES], weights: NOTE_RANK_FEATURES.map(() => 0) })).toHaveLength(NOTE_RANK_FEATURES.length);
  });
});
