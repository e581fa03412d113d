import { told } from '../../helpers/memoryChat';

// "how big …?" of a size said as two sides ("8 by 10 feet", "a 12x16 cabin"): the pair is the size, with its unit
// if said, and a note saying a figure of another sort (a budget) does not answer in its place.
describe('a size said as two sides', () => {
  it('answers with both sides and the unit', async () => {
    const chat = await told("we're putting up a potting shed at the allotment, 6 by 8 feet", 'the budget is $1,200 but timber keeps going up');
    const reply = await chat.ask('how big will the shed be?');
    expect(reply).toContain('6 by 8 feet');
    expect(reply).not.toContain('1,200');
  });

  it('answers a pair said without a unit', async () => {
    const chat = await told('planning a garden office at the back, 12x16', 'the budget is now £9k');
    const reply = await chat.ask('how big is the garden office going to be?');
    expect(reply).toContain('12x16');
    expect(reply).not.toContain('9k');
  });
});
