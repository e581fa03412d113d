import { told } from '../../helpers/memoryChat';

// "lease a tiny studio near Clifton, 720 quid a month": a line that opens with a verb in its base form, "I" left out,
// which the intent model reads as no request at all, tells what the person does; it is no order to the bot, and is kept.
describe('a line opened by a verb, "I" left out, that asks nothing', () => {
  it('"lease a studio …, 720 quid a month" answers what the studio costs', async () => {
    const chat = await told("I'm Bram", 'lease a tiny studio near Clifton, 720 quid a month');
    expect(await chat.ask('how much is my studio?')).toContain('720');
  });

  it('"cycle to the plant at …" answers which plant and how long the ride is', async () => {
    const chat = await told("I'm Bram", 'cycle to the plant at Ellesmere Port, roughly 35 min');
    expect(await chat.ask('which plant do i work at?')).toContain('Ellesmere Port');
    expect(await chat.ask('how long is my cycle to work?')).toContain('35');
  });

  it('an order the intent model reads ("play some jazz") is still not kept', async () => {
    const chat = await told("I'm Bram", 'play some jazz');
    expect(await chat.notes()).toEqual([]);
  });
});
