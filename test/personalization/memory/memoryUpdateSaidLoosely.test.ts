import { toldApart } from '../../helpers/memoryChat';

/**
 * A value told again later, leaning on what was said before it ("it's 11 now", "switched to …", "so 7 actually"): the
 * later value answers how things are, and the first still answers what was so before.
 */
describe('personal memory: an update said loosely', () => {
  it('takes a count said in a clause that opens with "it" after the news of it', async () => {
    const t = await toldApart('I run the volunteer first aid team at the stadium', 'there are 9 of us on the first aid rota', 'we trained up two more, it\'s 11 now, a relief', 'my car is a red Fiesta');
    const reply = await t.ask('how many people are on the first aid rota now');
    expect(reply).toContain('11');
    expect(reply).not.toMatch(/\b9\b/);
  });

  it('takes the total said after "so" in the same message, set right by "actually"', async () => {
    const t = await toldApart('I keep bees on my allotment in Hull', 'have 5 hives going... picked up 2 more so 7 actually', 'honey sells at the farm shop');
    const reply = await t.ask('how many hives do I have');
    expect(reply).toContain('7');
    expect(reply).not.toMatch(/\b5\b/);
  });

  it('takes a place switched to, said right after, over the one planned', async () => {
    const t = await toldApart('I am a nursing student in Scotland', 'for my placement I am planning a clinic in Dundee', 'oh actually switched to a hospice in Perth, shorter commute');
    const reply = await t.ask('where am i doing my placement now?');
    expect(reply).toMatch(/Perth|hospice/);
    expect(reply).not.toContain('Dundee');
  });

  it('answers the day moved to, not when the move starts, and the first day when asked before', async () => {
    const t = await toldApart('I run a garden centre near York', 'the quarterly review is on the 3rd of the month', 'oh wait, the review moves to the 17th from next month', 'my dog is called Bramble');
    const now = await t.ask('when is the quarterly review now?');
    expect(now).toContain('17');
    expect(now).not.toContain('next month');
    expect(await t.ask('when was the quarterly review before?')).toContain('3rd');
  });
});
