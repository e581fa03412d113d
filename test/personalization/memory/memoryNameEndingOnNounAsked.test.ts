import { told } from '../../helpers/memoryChat';

// "what street is my shop on?" of "the café on Mill Street": a name in capitals that ends on the noun asked for is
// one of that sort, though the words it is made of are all said in the question.
describe('a name made of the words of the question', () => {
  it('"Bakery Lane" answers which lane the bakery is on', async () => {
    const chat = await told("I'm Ola", 'I have run the bakery on Bakery Lane in Whitby for 20 years now');
    expect(await chat.ask('what lane is my bakery on')).toContain('Bakery Lane');
  });
});
