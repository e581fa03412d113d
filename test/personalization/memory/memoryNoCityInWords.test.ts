import { told } from '../../helpers/memoryChat';

// A word typed small that is mostly an adjective ("nice", "mobile") is no city in a note, unless said after "in" or "to".
describe('a common word that is also a city', () => {
  it('"she\'s really nice" does not say where the person works', async () => {
    const chat = await told("I'm Wren", "my driving instructor is Mr Adeyemi, he's honestly so nice");
    expect(await chat.ask('where do I work?')).not.toMatch(/^nice/i);
  });

  it('"moved to nice" still names the city', async () => {
    const chat = await told("I'm Wren", 'my cousin moved to nice in the spring');
    expect(await chat.ask('where does my cousin live?')).toMatch(/nice/i);
  });
});
