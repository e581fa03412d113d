import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "what do I mainly make?": a question whose only word of substance is a common verb (`memoryNoteLoneVerbs`) is still
 * about the person, and the note that says they make something answers it, not the help text.
 */
describe('personal memory: a question asked by a common verb alone', () => {
  it('answers from the note that says what the person makes', async () => {
    const t = await told('I work in a bank, but in the evenings I mainly make wooden spoons for the Saturday market');
    expect(await t.ask('What do I mainly make?')).toMatch(/spoons/);
  });

  it('says nothing was told to someone who told nothing', async () => {
    const t = memoryChat();
    const reply = await t.ask('What do I mainly make?');
    expect(reply).not.toMatch(/spoons/);
  });
});
