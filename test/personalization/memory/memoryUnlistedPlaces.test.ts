import { told } from '../../helpers/memoryChat';

// A town typed small that the city list does not know ("in kettering", "from oamaru"), and someone told with a
// name typed small ("my cousin bev"): the part asked for is told back, not the whole note with the answers to
// other questions in it.
describe('a town or a person typed small, asked for alone', () => {
  it('answers "where …?" with the town after the word that places it, not the rest of the note', async () => {
    const chat = await told("I'm Wren", 'my aunt is flying in from oamaru tmrw with her new dog');
    const where = await chat.ask('where is my aunt flying in from?');
    expect(where).toMatch(/oamaru/i);
    expect(where).not.toMatch(/dog/i);
  });

  it('answers "what town …?" with the town, and "who …?" with the one a noun for someone introduces, not the town', async () => {
    const chat = await told("I'm Wren", 'I ran a bike repair shop in kettering for 12 years, handed it over to my cousin bev');
    const town = await chat.ask('what town was my shop in?');
    expect(town).toMatch(/kettering/i);
    expect(town).not.toMatch(/bev/i);
    const who = await chat.ask('who did i hand the shop over to?');
    // Typed small in a name's place ("my cousin bev"), the name is kept with its capital and told back alone.
    expect(who).toMatch(/\bbev\b/i);
    expect(who).not.toMatch(/kettering/i);
  });
});
