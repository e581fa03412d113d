import { told } from '../../helpers/memoryChat';

// "in Turin in July": of the words said after "in", a month typed with a capital says when, so the place asked of
// something named is the other.
describe('personal memory: a month said after "in" is no place', () => {
  it('"where\'s Jugglefest this year?" is answered by the city, not the month', async () => {
    const chat = await told('Jugglefest is in Porto in October, flights via Madrid');
    const reply = await chat.ask("where's Jugglefest this year");
    expect(reply).toContain('Porto');
    expect(reply).not.toContain('October');
  });
});
