import { told } from '../../helpers/memoryChat';

// "the X has N …: a, b, c": what a colon announces is kept with what it opens, though it opens with "the".
describe('what a colon announces is kept with its list', () => {
  it('keeps the count said before the colon', async () => {
    const chat = await told("I'm Dana", 'I manage a bakery', 'the morning crew has 6 bakers: two on bread, three on pastry and one on cakes');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringMatching(/morning crew has 6 bakers: two on bread/)]));
  });
});
