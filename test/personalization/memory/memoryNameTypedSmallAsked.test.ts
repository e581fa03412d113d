import { told } from '../../helpers/memoryChat';

// "my granddaughter maya …": a name typed in lower case right after the word for someone, a word the tagger knows only
// as foreign or not at all, is their name, asked by "what's … called?" as much as by "who …?".
describe('personal memory: a name typed small after the word for someone', () => {
  it('"what is my granddaughter called?" is answered by the note that says "my granddaughter maya"', async () => {
    const chat = await told("I'm Wren", 'my granddaughter maya (7) is horse mad, rides every weekend');
    expect(await chat.ask("what's my granddaughter called?")).toContain('maya');
  });

  it('a note that names no one beside the word still answers nothing', async () => {
    const chat = await told("I'm Wren", 'my granddaughter is horse mad, rides every weekend');
    expect(await chat.ask("what's my granddaughter called?")).not.toContain('horse');
  });
});
