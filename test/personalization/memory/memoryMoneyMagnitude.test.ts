import { told } from '../../helpers/memoryChat';

// "£1.6m", "$2.5k": a sign of money, a figure with a decimal point and the letter of millions or thousands typed onto
// it are one amount, not a sentence that ends at the point ("£1" and "6m …" kept as two notes).
describe('personal memory: amounts typed with a sign and a magnitude', () => {
  it('"how much did the barn sell for?" is answered with the whole amount', async () => {
    const chat = await told('finally sold the old barn, went for £1.4m to a couple from Bristol');
    expect(await chat.notes()).toEqual(['finally sold the old barn, went for £1.4m to a couple from Bristol']);
    expect(await chat.ask('how much did the barn sell for?')).toContain('£1.4m');
  });

  it('"how much did I get for the trailer?" says "$3.5k", not "$3"', async () => {
    const chat = await told('got $3.5k for the horse trailer on craigslist');
    expect(await chat.ask('how much did I get for the trailer?')).toContain('$3.5k');
  });
});
