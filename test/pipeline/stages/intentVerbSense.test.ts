import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "who looks after the beehives?" is read as a web search, whose examples say "look *up*": a verb with another particle
 * is not the one the intent was taught, so what the person told of the beehives answers. The intents' own questions
 * still get their replies, from someone who told things and from someone who told nothing.
 */
describe('personal memory: a verb an intent teaches with another particle', () => {
  const lines = ['my cousin Dagny handles the beehives while I travel', 'I watched the cup final with my brother-in-law'];

  it('answers "who looks after …?" from the note that names the thing', async () => {
    const t = await told(...lines);
    expect(await t.ask('who looks after the beehives?')).toMatch(/Dagny/);
  });

  it('leaves it to the intent for someone who told nothing of it', async () => {
    expect(await memoryChat().ask('who looks after the beehives?')).not.toMatch(/Dagny|told me|you said/i);
  });

  it('still leaves who won a match watched, and the intents\' own requests, to the intents', async () => {
    for (const t of [await told(...lines), memoryChat()]) {
      expect(await t.ask('who won the cup final?')).not.toMatch(/brother/);
      for (const request of ['look up the capital of peru', 'search the web for cats', 'bye!', "what's 12 times 3", 'who made you?', 'turn on the lights']) {
        expect(await t.ask(request)).not.toMatch(/Dagny|beehives|told me|you said|haven't told/i);
      }
      expect(await t.ask("what's 12 times 3")).toMatch(/36/);
    }
  });
});
