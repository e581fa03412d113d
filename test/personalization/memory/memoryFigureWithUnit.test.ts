import { told } from '../../helpers/memoryChat';

/** A bare figure is told back with the unit or the thing it is said in: "4" alone says four of nothing. */
describe('personal memory: a figure told with its unit', () => {
  it('keeps a unit of length with the distance asked', async () => {
    const t = await told('I walk the dog along the canal every morning, 3 kilometres there and back');
    expect(await t.ask('how far do I walk the dog?')).toContain('3 kilometres');
  });

  it('keeps the thing counted when the question names it', async () => {
    const t = await told('I look after 5 allotment plots for the council', 'update, the council cut it so I only have 4 plots now');
    expect(await t.ask('how many plots do I look after now?')).toContain('4 allotment plots');
  });

  it('keeps the plural noun an amount is measured in', async () => {
    const t = await told('my dog Bruno gets his thyroid tablets twice a day, 2 tablets each time');
    expect(await t.ask('how much medicine does Bruno get?')).toContain('2 tablets');
  });
});
