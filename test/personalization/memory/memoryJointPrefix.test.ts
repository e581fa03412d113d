import { told } from '../../helpers/memoryChat';

/** "co-" says a thing is done with someone: a "co-writer" no note names is found as the one who writes with the person. */
describe('personal memory: a word with a prefix of doing together', () => {
  it('finds who does it with the person by the rest of the word', async () => {
    const t = await told('I write radio plays with my cousin Marta', 'my desk is an old oak table from Galway');
    const reply = await t.ask('who is my co-writer?');
    expect(reply).toContain('Marta');
  });

  it('still reads the word whole when a note says it', async () => {
    const t = await told('my co-host on the podcast is Idris', 'I host a quiz night with Petra on Fridays');
    const reply = await t.ask("who's my co-host?");
    expect(reply).toContain('Idris');
  });
});
