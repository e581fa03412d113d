import { told } from '../../helpers/memoryChat';

/** Answering with the value of the kind asked (a length of time, a price, a time done in, a name), from the note that holds it. */
describe('personal memory: the value of the kind asked', () => {
  it('answers how long with a length of time, said in two units, not a count from another note', async () => {
    const t = await told('I collect vintage fountain pens. Got 12 so far, the first was a Parker 51', 'last summer I did the Ben Nevis race, 3 hr 40 min of pure pain');
    const long = await t.ask('how long did the ben nevis race take me');
    expect(long).toContain('3 hr 40 min');
    expect(long).not.toMatch(/\b12\b/);
  });

  it('answers what a thing went for or is fetching with its price', async () => {
    const t = await told('sold my old road bike on ebay, went for £340 to a student in Leeds', 'mackerel fetching £3.10 kg at the auction this week');
    expect(await t.ask('what did the road bike go for')).toContain('£340');
    expect(await t.ask('what is mackerel fetching')).toContain('£3.10');
  });

  it('keeps a figure said alone after a clause with it, and answers a time done in with it', async () => {
    const t = await told('raced the county masters in march, BRONZE in 100 back 🥉 1:12.4!!');
    expect((await t.notes()).join(' | ')).toContain('1:12.4');
    const time = await t.ask('what was my time in the 100 back?');
    expect(time).toContain('1:12.4');
    expect(time).not.toMatch(/bronze/i);
  });

  it('answers a name asked of a thing from the note that names it, not with another word for the thing', async () => {
    const t = await told('My bike is a Surly Long Haul Trucker, I call it the Tank');
    const nickname = await t.ask("what's my bicycle's nickname");
    expect(nickname).toContain('Tank');
    expect(nickname).not.toMatch(/^bike\b/i);
  });
});
