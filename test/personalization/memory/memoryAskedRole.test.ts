import { told } from '../../helpers/memoryChat';

// A question may ask for the part of a note that fills one role: what a thing was made of ("… made from?",
// "what did she build it out of?") or whom it is for ("who's the quilt for?"). The note answers with that part, not
// all it says, which would also tell what it cost or when it is due (the answers to other questions).
describe('the role a question asks a note to fill', () => {
  it('"what did she make it from?" gives what is said after "out of", not the rest of the note', async () => {
    const chat = await told('my sister Ines made me a bird table out of an old wine crate, it cost her nothing', 'I like chess.');
    const reply = await chat.ask('what did Ines make it from?');
    expect(reply).toContain('wine crate');
    expect(reply).not.toContain('cost');
  });

  it('"what is the bowl made of?" gives the material said after "in", which WordNet files as one', async () => {
    const chat = await told('turning a salad bowl in ash with a walnut rim for the village fete on 12th June', 'I like chess.');
    const reply = await chat.ask('What is the salad bowl made of?');
    expect(reply).toContain('ash');
    expect(reply).not.toContain('12th June');
  });

  it('"who is the quilt for?" names whom it is for, not a word said before', async () => {
    const chat = await told('I am sewing a Welsh-style quilt in cotton for my grandson Teodor', 'I like chess.');
    const reply = await chat.ask('who is the quilt for?');
    expect(reply).toContain('Teodor');
    expect(reply).not.toContain('Welsh');
  });

  it('a note that names no material is still told back whole', async () => {
    const chat = await told('my uncle built me a treehouse last summer', 'I like chess.');
    const reply = await chat.ask('what did my uncle build it from?');
    expect(reply).toContain('treehouse');
  });
});
