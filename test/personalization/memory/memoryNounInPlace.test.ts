import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "how high is the top?": the word that ends a noun phrase "the" opens is a noun there, though the tagger reads it
 * first as an adjective ("top"); a question that names one of the person's things so is theirs to answer.
 */
describe('personal memory: a thing named by a word the tagger reads first as an adjective', () => {
  it('answers "how high is the top?" from the note that says the top', async () => {
    const t = await told('building a raised bed for the veg patch', 'the top is 30 cm high, made of larch');
    expect(await t.ask('how high is the top?')).toMatch(/30 cm/);
  });

  it('leaves the question alone for someone who told nothing of it', async () => {
    const t = memoryChat();
    expect(await t.ask('how high is the top?')).not.toMatch(/30 cm|told me|you said/i);
  });
});
