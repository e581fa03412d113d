import { toldApart } from '../../helpers/memoryChat';

// "I want to …", "I'd love to …" ask the bot for something only when the message asks it something; said beside a
// fact of one's own, or when nothing in the message is a request, they tell a wish of one's own life.
describe('a wish of one\'s own is kept', () => {
  it('a wish said beside someone told of is kept and answers later', async () => {
    const chat = await toldApart("I'm Dana", 'my girlfriend Noor and I want to sail the Greek islands and then buy a cottage near Kinsale');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('Kinsale')]));
    const answer = await chat.ask('where are we hoping to buy a cottage?');
    expect(answer).toContain('Kinsale');
  });

  it('a wish said beside a job is kept', async () => {
    const chat = await toldApart("I'm Dana", "I'm a welder and I'd love to open a forge of my own");
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('open a forge')]));
  });
});
