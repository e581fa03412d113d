import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "maya's fitting - what day is it?": the topic put before a dash or a colon is what "it" or "they" of the question
 * after it stands for, so the question asks of the topic, not of today.
 */
describe('personal memory: a question after a topic and a dash asks of the topic', () => {
  it('answers "TOPIC - what day is it?" from the note about the topic, and "what day is it?" alone with today', async () => {
    const t = await told('dress fitting for Maya is tuesday at 2', 'the venue is a barn near Hebden');
    expect(await t.ask("maya's fitting - what day is it?")).toMatch(/tuesday/i);
    expect(await t.ask('what day is it?')).not.toMatch(/tuesday/i);
  });

  it('reads a topic before a colon too', async () => {
    const t = await told('dress fitting for Maya is tuesday at 2', 'the venue is a barn near Hebden');
    expect(await t.ask('the venue: where is it again?')).toMatch(/Hebden/);
  });

  it('leaves a question after a dash to the intent model for someone who told nothing of the topic', async () => {
    const t = memoryChat();
    expect(await t.ask("maya's fitting - what day is it?")).not.toMatch(/tuesday/i);
  });
});
