import { told } from '../../helpers/memoryChat';

// A figure said in place of another is set right in the note of what the message names, and only as a whole figure.
describe('a new figure sets right the figure of what it names', () => {
  it('"correction on the candles, … $14 a pair now" leaves the hive bought for $85 after it alone', async () => {
    const chat = await told("I'm Gus", 'wife marlene does the candle making, she sells em at the coop for $12 a pair', 'bought a used langstroth hive from a fella in keene for $85', 'correction on the candles, marlene raised em to $14 a pair now, inflation');
    expect(await chat.ask('what did i pay for the used hive?')).toContain('$85');
    expect(await chat.ask("how much are marlene's candles now?")).toContain('$14');
  });

  it('"they just put it up to £7.50" of nothing named sets right the price told last', async () => {
    const chat = await told("I'm Dan", 'the café charges £6 per person table fee, unlimited time', 'oh they just put it up to £7.50 still worth it tbh');
    const answer = await chat.ask('how much is the table fee now');
    expect(answer).toContain('£7.50');
    expect(answer).not.toContain('£6');
  });

  it('a number set right is never the digits of a figure with decimals ("4" of "4.93")', async () => {
    const chat = await told("I'm Priya", 'my ferry ticket is 4.93 each way', 'my son aarav is 4', 'make that 5, aarav had a birthday');
    expect(await chat.notes()).toContain('my ferry ticket is 4.93 each way');
  });
});
