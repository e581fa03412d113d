import { told } from '../../helpers/memoryChat';

// A "?" the message goes on after, ending a sentence put as a statement, asks nothing: what the message tells is kept.
describe('a question mark inside a statement', () => {
  it('what follows a doubtful "??" is kept with what came before', async () => {
    const chat = await told('my stepbrother Oisin got the apprenticeship which nobody saw coming?? my aunt retired in 2021');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('Oisin got the apprenticeship'), expect.stringContaining('retired in 2021')]));
  });

  it('a guess marked with "?" and then hedged is kept', async () => {
    const chat = await told("the kennel owner was Marguerite, surname maybe Lafleur? could be wrong");
    expect((await chat.notes()).join(' ')).toContain('Lafleur');
  });

  it('a question put as one still asks, though more follows it', async () => {
    const chat = await told('my ferret is called Pesto');
    expect(await chat.ask("what's my ferret called? the grey one")).toContain('Pesto');
  });
});
