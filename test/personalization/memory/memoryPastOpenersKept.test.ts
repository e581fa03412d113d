import { told } from '../../helpers/memoryChat';

// What one did, told with "I" left out, opens with a past form: one of another verb ("found" of find) is no
// order to the bot, and "did" before what was done is no question ("did my mum call" still asks).
describe('a past form first, "I" left out', () => {
  it('"found …" (the past of find, though "found" is a verb of its own) is kept', async () => {
    const chat = await told("I'm Ruth", 'found great-grandad in the 1911 census, he was a cooper in Bristol');
    expect((await chat.notes()).join(' ')).toContain('1911 census');
  });

  it('"did a … course" is kept and answers', async () => {
    const chat = await told("I'm Ruth", 'did a two day first aid course at the Hillside centre');
    expect((await chat.notes()).join(' ')).toContain('first aid course');
    expect(await chat.ask('where did I do the first aid course?')).toContain('Hillside');
  });

  it('"did my mum call" and "did the plumber come round" still ask', async () => {
    const chat = await told("I'm Ruth", 'did my mum call', 'did the plumber come round');
    expect(await chat.notes()).toEqual([]);
  });
});
