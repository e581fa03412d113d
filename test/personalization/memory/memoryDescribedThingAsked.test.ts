import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "how much did the *new* pergola cost?": an adjective before a noun the tagger's lexicon lacks describes the thing
 * the person told of; it is not what an intent is about, though the intent's examples say it ("what's new?").
 */
describe('personal memory: a told thing asked with an adjective before it', () => {
  it('answers from the note that names the thing, not with a web search', async () => {
    const t = await told('we finally got a pergola for the patio, it was £420');
    expect(await t.ask('how much did the new pergola cost?')).toMatch(/420/);
    expect(await t.ask('how much was the new pergola')).toMatch(/420/);
  });

  it('leaves the question to the intent for someone who told nothing of it', async () => {
    const t = memoryChat();
    expect(await t.ask('how much did the new pergola cost?')).not.toMatch(/420|told me/);
  });
});
