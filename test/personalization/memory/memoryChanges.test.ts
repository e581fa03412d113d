import { told } from '../../helpers/memoryChat';

const NOT_TOLD = /haven't told me|don't know/;

/** Changes of mind across messages: forgetting what was kept in the person's words, corrections and switches. */
describe('personal memory: changes of mind', () => {
  it('forgets a note named by a word anywhere in a later message, and then says it was not told', async () => {
    const t = await told('my secret admirer is called Rowan', 'ok hold on, please forget the admirer thing, so awkward');
    expect(await t.notes()).toEqual([]);
    expect(await t.ask("who's my secret admirer?")).toMatch(NOT_TOLD);
  });

  it('forgets a note by a word WordNet files it under ("the reptile" takes a corn snake), and the fact kept beside it stays', async () => {
    const t = await told('we keep a spaniel called Pudding and a corn snake named Noodle', 'forget the reptile, it went back to the pet shop');
    expect((await t.notes()).join(' ')).not.toContain('Noodle');
    expect(await t.ask("what's our snake called?")).toMatch(NOT_TOLD);
    expect(await t.ask("what's our spaniel called?")).toContain('Pudding');
  });

  it('keeps what a message says beside a forget request about something told before, and what the note says besides it', async () => {
    const t = await told('I trained at Bristol, then did an MBA in finance at Insead', 'I brew cider in the shed. Also please forget anything about my MBA, long story');
    const notes = await t.notes();
    expect(notes.join(' ')).not.toContain('MBA');
    expect(notes).toContain('I trained at Bristol');
    expect(notes.join(' ')).toContain('cider');
    expect(await t.ask('where did I do my MBA?')).toMatch(NOT_TOLD);
  });

  it('takes back what the message itself said when what it forgets is nothing told before', async () => {
    const t = await told('I make about 3000 euros a month. on second thought, please forget my wages');
    expect(await t.notes()).toEqual([]);
    expect(await t.ask('how much do I make a month?')).toMatch(NOT_TOLD);
  });

  it('keeps what is said in place of something given up as the same kind, and lets the old one go', async () => {
    const t = await told("I'm learning Italian", 'meh, I gave up Italian, moved on to Japanese');
    expect(await t.facts()).toEqual(['learning:Japanese']);
    expect(await t.ask('which language am I learning?')).toContain('Japanese');
    const work = await told('I work at a garden centre in Leeds', "I'm not at the garden centre anymore, started at a bakery this month");
    expect(await work.ask('where do I work?')).toContain('bakery');
    expect(await work.ask('where do I work?')).not.toContain('garden centre');
  });

  it('reads "not anymore, sold it" as the end of what was told last, and "… instead" as what stands in for it', async () => {
    const t = await told('I ride a Vespa', 'nope not anymore, sold it last week, bought a cargo bike instead');
    expect(await t.ask('what do I ride?')).toContain('cargo bike');
    expect(await t.ask('what do I ride?')).not.toContain('Vespa');
  });

  it('keeps a fact stated with "now" beside one given up as its kind, and a value of the same category in place of a kept one', async () => {
    const t = await told("I don't support Leeds anymore, now I'm a fan of Hull");
    expect(await t.ask('which team do I support?')).toContain('Hull');
    const flowers = await told('my favourite flower is the daffodil', "these days I've come to prefer orchids");
    expect(await flowers.ask("what's my favourite flower?")).toContain('orchids');
    expect(await flowers.ask("what's my favourite flower?")).not.toContain('daffodil');
  });

  it('takes back the last thing told with "jk", keeping what is said in its place as that kind', async () => {
    const t = await told('i support Everton', "jk jk, i'm a Liverpool fan really");
    expect(await t.ask('who do i support?')).toContain('Liverpool');
    expect(await t.ask('who do i support?')).not.toContain('Everton');
    const diet = await told("I'm pescatarian", "scratch that, I've gone completely vegetarian");
    expect(await diet.facts()).toEqual(['diet:vegetarian']);
  });
});
