import { told } from '../../helpers/memoryChat';

/** Whose a name is: a name said bare after someone or an animal brought in is theirs, never the person's own. */
describe('whose name a name is', () => {
  const nameOf = async (t: Awaited<ReturnType<typeof told>>) => (await t.profile()).explicit.name;

  it('gives a bare "Name is …" to the animal brought in just before, in the same message or the one before', async () => {
    const same = await told('hi', 'We have cat. Name is Tofu. She is very lazy');
    expect(await nameOf(same)).toBeUndefined();
    expect(await same.factsWithDetail()).toContain('pet:Tofu:cat');
    expect(await same.ask("what is my cat's name?")).toContain('Tofu');
    const before = await told('hi', 'I have a parrot.', 'Name is Kiwi.');
    expect(await nameOf(before)).toBeUndefined();
    expect(await before.ask('what is my parrot called?')).toContain('Kiwi');
  });

  it('gives a bare "name is …" to someone in one\'s life just mentioned, and answers their name from it', async () => {
    const t = await told('hi', 'my flatmate is a quiet guy from Lyon, name is Bastien, he cooks a lot');
    expect(await nameOf(t)).toBeUndefined();
    expect(await t.ask("what's my flatmate's name?")).toContain('Bastien');
  });

  it('still takes a bare "Name is …" as the person\'s own when no one was brought in before', async () => {
    const t = await told('hello', 'Name is Marguerite.');
    expect(await nameOf(t)).toBe('Marguerite');
  });

  it('reads "name X" as a label for the own name, and names in brackets after a count as the children counted', async () => {
    const t = await told('hi', 'name Dmitri, 44, father of 2 (Vera and Oleg)');
    expect(await nameOf(t)).toBe('Dmitri');
    const facts = await t.factsWithDetail();
    expect(facts).toEqual(expect.arrayContaining(['age:44', 'child:Vera:kid', 'child:Oleg:kid']));
    expect(await t.ask("what are my kids' names?")).toEqual(expect.stringContaining('Vera'));
    const one = await told('hi', 'Ines here. one son (Tiago)');
    expect(await nameOf(one)).toBe('Ines');
    expect(await one.ask("what's my son's name?")).toContain('Tiago');
  });

  it('greets back a slang hello said to "what should I call you?", and takes the name said after it', async () => {
    const t = await told('howzit', 'Thabo. I coach rugby on weekends');
    expect(await nameOf(t)).toBe('Thabo');
    const alone = await told('wah gwan');
    expect(await nameOf(alone)).toBeUndefined();
  });

  it('keeps a name said first before a comma and what one tells of oneself, or before "btw" or "by the way"', async () => {
    const t = await told('evening', 'ramona, i bake cakes for weddings out of my kitchen');
    expect(await nameOf(t)).toBe('Ramona');
    const btw = await told('hey', 'long day at work. Ezinne btw');
    expect(await nameOf(btw)).toBe('Ezinne');
    const byTheWay = await told('hey', 'my uncle Femi fixes cars in Lagos', "oh I'm Adaeze by the way");
    expect(await nameOf(byTheWay)).toBe('Adaeze');
    const coffee = await told('hey', 'coffee btw');
    expect(await nameOf(coffee)).toBeUndefined();
  });

  it('takes the name friends use ("…, but friends just say Bo") over the full name', async () => {
    const t = await told('hello', 'Bohdan Kovalenko, but friends just say Bo');
    expect(await nameOf(t)).toBe('Bo');
  });

  it('keeps a name said with a pronoun after "my son\'s …" as the son\'s, and a best friend said as "bsf"', async () => {
    const t = await told('hi', "my son's at nursery, his name is idris hes three");
    expect(await nameOf(t)).toBeUndefined();
    expect(await t.ask("what's my boy's name?")).toContain('Idris');
    const bsf = await told('hi', 'my bsf is Marisol, we met in college');
    expect(await bsf.ask("who's my best friend?")).toContain('Marisol');
  });

  it('ends a name where a new statement of one\'s own runs on without a comma ("its gloria i have a bad hip")', async () => {
    const t = await told('hello its gloria i have a bad hip');
    expect(await nameOf(t)).toBe('Gloria');
    const tired = await told('hi', 'im tired i need a nap');
    expect(await nameOf(tired)).toBeUndefined();
  });
});
