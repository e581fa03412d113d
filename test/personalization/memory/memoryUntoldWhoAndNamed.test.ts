import { told } from '../../helpers/memoryChat';

// A question whose answer was never told is said not known, not met by a note that holds nothing of its sort: "who …?"
// is not answered by a note whose only word for someone is a verb WordNet also has a person of ("I *have* …") or
// the question's own noun in another form ("the *visitors* …" for "who's the visitor …?"); and a question about
// someone the person named is theirs, as "my" is, though the intent model reads it as a web search.
describe('what was never told is not known', () => {
  it('a who-question is not met by a note whose only person word is a verb', async () => {
    const chat = await told("I've been swimming at the lido for 12 years", 'I keep bees on the roof.');
    const reply = await chat.ask('who did I meet last year?');
    expect(reply).toMatch(/haven't told me/);
    expect(reply).not.toContain('lido');
  });

  it('a who-question is not met by the noun it asks by, said in another form', async () => {
    const chat = await told('the visitors are wild at 4pm lol', 'I keep bees on the roof.');
    const reply = await chat.ask("who's the visitor who knocks every day?");
    expect(reply).toMatch(/haven't told me/);
    expect(reply).not.toContain('wild');
  });

  it('a question about someone named is answered from memory, not read as a web search', async () => {
    const chat = await told('my sister Orla visits from Galway once a month', 'I keep bees on the roof.', "forget what I said about Orla's visits, it's a sore point");
    expect(await chat.ask('how often does orla come to visit')).toMatch(/haven't told me/);
  });

  it('a participle that tells of someone still answers who ("married to rowan" for a spouse)', async () => {
    const chat = await told("hi i'm Ines, i run the ticket office at the marina", 'home stuff: married to rowan, we keep bees on the allotment, 4 hives');
    expect(await chat.ask("who's my spouse?")).toContain('rowan');
  });
});
