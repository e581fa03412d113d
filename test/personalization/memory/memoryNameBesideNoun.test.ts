import { told } from '../../helpers/memoryChat';

/** A name or an age asked by a noun no kept fact answers, given beside that noun or a word kept for the same one. */
describe('what was said beside the noun asked by', () => {
  it('answers a name said beside another word for the same kin ("grandkids" asked as "grandchild")', async () => {
    const t = await told("I'm Wes", "we've 2 grandkids now, the youngest is Maisie, she's 4");
    expect(await t.ask("what's my youngest grandchild called")).toContain('Maisie');
  });

  it('answers an age said of someone by a word kept for the same one ("abuelo" asked as "grandfather")', async () => {
    const t = await told("I'm Wes", "live with my abuelo, he's 88, still fixes bikes");
    expect(await t.ask('how old is my grandfather')).toContain('88');
  });

  it('takes no word after "the" for a name: a dog spoken of but never named stays not told', async () => {
    const t = await told("I'm Wes", 'our rescue greyhound is the laziest thing alive');
    expect(await t.ask('whats my dogs name')).not.toContain('laziest');
  });

  it('reads no question asked before as something said: it names no one', async () => {
    const t = await told("I'm Wes", "my son theo just turned 6, he's into trains");
    await t.ask("what's my son's fave train");
    expect(await t.ask("what's my wife's name?")).not.toContain('fave');
  });
});
