import { told } from '../../helpers/memoryChat';

/** Names as people say them in passing: their own, in chatty or casual lines, and those of people in their life. */
describe('names said in passing', () => {
  const nameOf = async (t: Awaited<ReturnType<typeof told>>) => (await t.profile()).explicit.name;

  it('takes a name with its family name before "here" or "speaking", and never a greeting word', async () => {
    const harold = await told('hi', 'Afternoon. Harold Bishop here, no relation to the fellow on the telly, before you ask.');
    expect(await nameOf(harold)).toBe('Harold');
    expect(await harold.ask('Who am I again?')).toContain('Harold');
    const george = await told('hi', 'Hello. George Okafor speaking. I live in Leeds.');
    expect(await nameOf(george)).toBe('George');
    expect(await george.factsWithDetail()).toContain('surname:Okafor');
  });

  it('takes a name said casually in lower case with fillers before the comma', async () => {
    const t = await told('yo whats good lol', 'im dario btw, livin in rotterdam rn but grew up in palermo');
    expect(await nameOf(t)).toBe('Dario');
    expect(await t.factsWithDetail()).toEqual(expect.arrayContaining(['home:Rotterdam', 'grewUp:Palermo']));
  });

  it('reads "it\'s X" as a name only when said first, not after more ("…, its chill tbh")', async () => {
    const t = await told('im dario', 'work as a bike mechanic at a lil shop called spokewise, its chill tbh');
    expect(await nameOf(t)).toBe('Dario');
    const jo = await told('hi, it\'s Jo');
    expect(await nameOf(jo)).toBe('Jo');
  });

  it('takes a word that can only be a name, said alone first, as the answer to "what should I call you?"', async () => {
    const gabriel = await told('hi', 'Gabriel. Flamengo fan since birth');
    expect(await nameOf(gabriel)).toBe('Gabriel');
    const ingrid = await told('hi', 'Ingrid Solberg. CFO, Nordvik Shipping. Bergen.');
    expect(await nameOf(ingrid)).toBe('Ingrid');
    expect(await ingrid.ask('Name?')).toContain('Ingrid');
    const coffee = await told('hi', 'Coffee. I need coffee');
    expect(await nameOf(coffee)).toBeUndefined();
  });

  it('reads "Name, age, …" as an introduction, not a list of likes', async () => {
    const t = await told('Noor, 29, board game addict');
    expect(await nameOf(t)).toBe('Noor');
    expect(await t.factsWithDetail()).toEqual(['age:29', 'like:board game']);
  });

  it('answers the own name asked tersely, in learners\' English or with a form of address', async () => {
    const t = await told('My name is Carlos and I am from Bogotá.');
    for (const question of ['Name?', 'Name on record?', 'How I am called?', 'What am I called?', 'Who am I, love?']) expect(await t.ask(question)).toContain('Carlos');
  });

  it('never takes a contraction typed without its apostrophe, nor a lower-case word among capitals, as a name', async () => {
    const t = await told('my gf is called marisol, shes a vet', 'I love very much the tea with mint.');
    expect((await t.factsWithDetail()).filter((fact) => fact.startsWith('partner'))).toEqual(['partner:Marisol:girlfriend']);
    expect(await t.ask('whats my gf\'s name')).toContain('Marisol');
  });

  it('reads names of family said in learners\' English, and asked about the same way', async () => {
    const t = await told('I am married, my wife name Mona, and we have one baby, boy, his name Omar.');
    expect(await t.factsWithDetail()).toEqual(expect.arrayContaining(['partner:Mona:wife', 'child:Omar:baby']));
    expect(await t.ask('What is my wife name?')).toContain('Mona');
    expect(await t.ask('My son, how is his name?')).toContain('Omar');
  });

  it('answers which one of the people of a kind something is said of, by name', async () => {
    const t = await told('We have six grandchildren, and the eldest grandchild, Chidi, is at medical school in Edinburgh.', 'I am teaching my grandson Daniel to play chess.');
    const answer = await t.ask('Which of the grandchildren is at medical school?');
    expect(answer).toContain('Chidi');
    expect(answer).not.toContain('Daniel');
  });

  it('never keeps a plural noun of people as a name ("her twin boys")', async () => {
    const t = await told('I moved to Napier to be near my daughter Fiona and her twin boys, Jack and Harry.');
    expect(await t.factsWithDetail()).not.toContain('sibling:Boys:twin');
  });

  it('answers "did I mention …?" as it answers "did I tell you …?"', async () => {
    const t = await told('wife is noor and we got twin boys, zayd and idris, theyre 6');
    expect(await t.ask('did i mention my kids names?')).toMatch(/Zayd.*Idris/);
  });

  it('does not keep as theirs one named in the same message who is someone else\'s', async () => {
    const t = await told('I have two cats, Smilla and Otto. Wait, Otto belongs to the neighbour, he just visits. Only Smilla is mine');
    expect(await t.factsWithDetail()).toEqual(['pet:Smilla:cat']);
    const rex = await told('we have a dog called Rex and a cat called Tom. Tom is my sister\'s');
    expect(await rex.factsWithDetail()).toEqual(['pet:Rex:dog']);
    const biscuit = await told('got a cat named Mochi. actually scratch that, Mochi is my sister\'s, mine is Biscuit');
    expect(await biscuit.factsWithDetail()).toEqual(['pet:Biscuit:cat']);
    expect(await biscuit.ask('what\'s my cat called again?')).not.toContain('Mochi');
  });

  it('answers about a late husband asked with an aside after a comma', async () => {
    const t = await told('My late husband Gerald passed away four years ago this spring.');
    expect(await t.ask('What was my husband called, God rest him?')).toContain('Gerald');
  });
});
