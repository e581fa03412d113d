import { told } from '../../helpers/memoryChat';

// A figure typed with a sign of money is a price: said alone after an opener, it sets a price right and is never kept as an age.
describe('a price said alone is no age', () => {
  it('"sorry, €64, …" sets the price right and tells no age', async () => {
    const chat = await told('my phone plan went up to €58 a month', 'sorry, €64, I looked at the old bill');
    expect(await chat.ask('how much is my phone plan now?')).toContain('64');
    const age = (await chat.ask('how old am I?')).toLowerCase();
    expect(age).not.toContain('64');
    expect(age).toMatch(/don't know|haven't told/);
  });

  it('a bare number between clauses is still an age', async () => {
    const chat = await told('Rosa. 38. nurse in Valencia');
    expect(await chat.ask('how old am I?')).toContain('38');
  });
});
