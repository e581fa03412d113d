import { told } from '../../helpers/memoryChat';

// Questions the hand-written reading answers with "I don't know that yet", though a note says it in other words:
// the learned note ranker (data/noteRank.json) finds the note, and says nothing when no note answers.
describe('a note the learned ranker finds answers what the rules did not', () => {
  it.each([
    [['hey', 'im a pharmacist in leeds, mostly nights', 'my cat is Fig'], 'what city do i work in?', /leeds/i],
    [['hey', 'my brother Kofi — 3 june, always forgets mine', 'I like tea'], "when is my brother's birthday?", /3 june/i],
  ])('%j, then "%s"', async (lines, question, answer) => {
    const chat = await told(...lines);
    expect(await chat.ask(question)).toMatch(answer);
  });

  it('says it does not know when no note answers', async () => {
    const chat = await told('hey', 'I like tea', 'my cat is Fig, she is three');
    expect(await chat.ask('do I have a car?')).toMatch(/don't know/i);
  });
});
