import { memoryChat, told } from '../../helpers/memoryChat';
import { NOTE_RANK_FEATURES, type NoteRankFeature } from '../../../src/personalization/memory/noteRank';

/** Weights that give these features these values and every other 0. */
const weights = (values: Partial<Record<NoteRankFeature, number>>) => NOTE_RANK_FEATURES.map((name) => values[name] ?? 0);

// A question the hand-written reading answers with "I don't know that yet", though a note says it in other words:
// the note ranker (weights in data/noteRank.json, injected here so the test does not hang on one training run)
// finds the note when it beats "none of them", and the reply says it.
describe('a note the ranker finds answers what the rules did not', () => {
  const lines = ['hey', 'me and Ana are off to Lisbon on the 3rd of May', 'I like tea'];

  it('answers a "when" question from the note that says a time, when the weights say a time answers it', async () => {
    const chat = memoryChat({ noteRankWeights: weights({ sortTime: 2, none: 1 }) });
    await chat.tell(...lines);
    expect(await chat.ask('when is my trip?')).toMatch(/3rd of May/i);
  });

  it('says it does not know when no note beats "none of them"', async () => {
    const chat = memoryChat({ noteRankWeights: weights({ sortTime: 2, none: 5 }) });
    await chat.tell(...lines);
    expect(await chat.ask('when is my trip?')).toMatch(/don't know/i);
  });

  it('never answers about oneself from a note said of someone else', async () => {
    const chat = memoryChat({ noteRankWeights: weights({ sortPlace: 5, none: 1 }) });
    await chat.tell('hey', 'my friend Tom lives in Paris', 'I like tea');
    expect(await chat.ask('where do I live?')).not.toMatch(/paris/i);
  });

  it('with the trained weights, says it does not know when no note answers', async () => {
    const chat = await told('hey', 'I like tea', 'my cat is Fig, she is three');
    expect(await chat.ask('do I have a car?')).toMatch(/don't know/i);
  });
});
