import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * "what's my 10k pb?" read as a sum: a figure from which no sum is read does not make a question about oneself the
 * calculator's; it was not told. A sum is still worked out, for anyone.
 */
describe('personal memory: a question about oneself with a figure in it that is no sum', () => {
  it('says it was not told rather than how to ask for a sum', async () => {
    const t = await told('I run with the harriers club on tuesdays');
    expect(await t.ask("what's my 10k pb?")).toMatch(/haven't told me/);
  });

  it('still works out a sum, whether or not anything was told', async () => {
    const t = await told('I run with the harriers club on tuesdays');
    expect(await t.ask("what's 12 times 3")).toMatch(/36/);
    expect(await memoryChat().ask("what's 12 times 3")).toMatch(/36/);
  });
});
