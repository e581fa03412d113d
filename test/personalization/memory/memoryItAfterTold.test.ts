import { told } from '../../helpers/memoryChat';

// "it's at …" in a message of its own tells of what the message before named: kept joined to it, so a question
// that names the thing finds where or when "it" is; not after a question.
describe('"it" in a message after what it stands for', () => {
  it('"it\'s at the village hall on Mill Lane" after "my pottery exhibition is on Saturday" answers where', async () => {
    const chat = await told("I'm Wren", 'my pottery exhibition is on Saturday', "it's at the village hall on Mill Lane");
    expect((await chat.notes()).join(' | ')).toMatch(/exhibition[^|]*Mill Lane/);
    expect(await chat.ask('where is my pottery exhibition?')).toContain('Mill Lane');
  });

  it('is not kept after a question', async () => {
    const chat = await told("I'm Wren", "what's my dentist called?", "it's at the village hall on Mill Lane");
    expect(await chat.notes()).toEqual([]);
  });
});
