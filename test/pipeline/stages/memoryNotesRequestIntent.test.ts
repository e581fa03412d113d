import { told } from '../../helpers/memoryChat';

// A statement the intent model reads as asking for help ("… to help me") is no request in its form: it is kept.
describe('a statement read as asking for help', () => {
  it('is kept and answers who does it', async () => {
    const chat = await told("I'm Dana", 'Marek pops over on Fridays to help me with the shopping');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('Marek')]));
    expect(await chat.ask('who pops over on Fridays?')).toMatch(/Marek/);
  });

  it('an order for help is still no note', async () => {
    const chat = await told("I'm Dana", 'help me please');
    expect(await chat.notes()).toEqual([]);
  });
});
