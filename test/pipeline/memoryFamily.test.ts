import { createTestRapport, isReply, sayText } from '../helpers/testRapport';

/** Family told in everyday ways: how many, how old, none at all, and a partner who is no longer one. */
describe('personal memory of family: counts, ages, none, and splits', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const profileOf = async (t: Bot) => (await t.rapport.profiles.load('test', 'dana-1')).profile;
  const ownFacts = async (t: Bot) => (await profileOf(t)).memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':'));
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('keeps how many children were said in words or digits, and a later number replaces it', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "we've got four children");
    expect(isReply(await ask(t, 'how many children do I have?'), 'memory.countOnly', { count: 4, detail: 'kids' })).toBe(true);
    await sayText(t.adapter, 'sorry, 5 kids, I keep forgetting the newborn');
    expect(isReply(await ask(t, 'how many kids have I got?'), 'memory.countOnly', { count: 5, detail: 'kids' })).toBe(true);
  });

  it('counts more than were named, "father of two" and "six of them" after the noun', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my partner and I have 3 daughters, Ines is the eldest');
    expect(isReply(await ask(t, 'how many daughters do I have?'), 'memory.countOnly', { count: 3, detail: 'daughters' })).toBe(true);
    const dad = createTestRapport();
    await sayText(dad.adapter, 'proud father of two');
    expect(isReply(await ask(dad, 'how many kids do I have?'), 'memory.countOnly', { count: 2, detail: 'kids' })).toBe(true);
    const gran = createTestRapport();
    await sayText(gran.adapter, 'I bake for my grandkids every Sunday, I have six of them');
    expect(isReply(await ask(gran, 'how many grandchildren have I got?'), 'memory.countOnly', { count: 6, detail: 'grandchildren' })).toBe(true);
  });

  it('never counts what someone else has, and keeps no count the names make up', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my brother lives in Leeds with his 4 cats');
    await sayText(t.adapter, 'I have 2 hamsters, Biscuit and Clover');
    expect(await ownFacts(t)).toEqual(['pet:Biscuit:hamster', 'pet:Clover:hamster']);
  });

  it('answers how old someone is by name, from an age said in brackets or after the name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'two boys, Tane (11) and Rewi (7)');
    expect(isReply(await ask(t, 'how old is Rewi?'), 'fact.age.aboutAnswer', { about: 'son', value: '7' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, 'kids: Lena 4, Bruno 2');
    expect(await ask(other, 'how old is Lena?')).toContain('4');
    // A common word is a name in such a list, capitalized before its age.
    const will = createTestRapport();
    await sayText(will.adapter, 'kids: Mia 4, Will 2');
    expect(isReply(await ask(will, 'how many kids do I have?'), 'memory.countOnly', { count: 2, detail: 'kids' })).toBe(true);
  });

  it('keeps "none" of a kind, answers with it, and a pet named later takes it back', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "I haven't got any pets, my building doesn't allow them");
    await sayText(t.adapter, 'single, no children');
    expect(await ownFacts(t)).toEqual(['none:pets:pet', 'none:children:kid']);
    expect(isReply(await ask(t, 'do I have a dog?'), 'fact.none.answer', { value: 'pets' })).toBe(true);
    expect(isReply(await ask(t, 'have I got kids?'), 'fact.none.answer', { value: 'children' })).toBe(true);
    await sayText(t.adapter, 'we adopted a kitten, her name is Miso');
    expect(await ownFacts(t)).toEqual(['none:children:kid', 'pet:Miso:cat']);
    const cats = createTestRapport();
    await sayText(cats.adapter, 'I have no dogs myself, just a parrot called Kiwi');
    expect(isReply(await ask(cats, 'how many dogs do I have?'), 'fact.none.answer', { value: 'dogs' })).toBe(true);
    expect(await ask(cats, "what's my parrot called?")).toContain('Kiwi');
  });

  it('keeps a partner one split up with as an ex, and forgets them when asked, by pronoun or name', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my husband Idris is a pilot');
    expect(isReply((await sayText(t.adapter, 'honestly we separated last spring'))[0], 'memory.parted', { value: 'Idris' })).toBe(true);
    expect(await ownFacts(t)).toEqual(['ex:Idris:husband']);
    expect(isReply(await ask(t, 'am I married?'), 'fact.ex.answer', { value: 'Idris' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, 'my boyfriend is called Tomasz');
    await sayText(other.adapter, 'we broke up on Sunday, please forget about him');
    expect(await ownFacts(other)).toEqual([]);
    expect(isReply(await ask(other, "who's my boyfriend?"), 'memory.unknown', { label: 'your partner' })).toBe(true);
    const ex = createTestRapport();
    await sayText(ex.adapter, 'my ex-wife Carla lives in Porto');
    expect(isReply(await ask(ex, 'who is my ex?'), 'fact.ex.answer', { value: 'Carla' })).toBe(true);
    await sayText(ex.adapter, 'forget Carla completely');
    expect(isReply(await ask(ex, 'who is my ex?'), 'memory.unknown', { label: 'your exes' })).toBe(true);
  });
});

/** Food and drink told in passing: an allergy named by what cannot be eaten, drinking stopped, a diet given up. */
describe('personal memory of food: allergies, drinking, diets one used to keep', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ownFacts = async (t: Bot) => (await t.rapport.profiles.load('test', 'dana-1')).profile.memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':'));
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('keeps what cannot be eaten as an allergy when the message speaks of one, and an allergy said without "I"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, "can't eat peanuts, bad allergy, always carry my epipen");
    expect(await ownFacts(t)).toEqual(['allergy:peanuts']);
    expect(isReply(await ask(t, 'am I allergic to anything?'), 'fact.allergy.answer', { value: 'peanuts' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, 'allergic to horses 😩 so no riding lessons, the kids are gutted');
    expect(await ownFacts(other)).toEqual(['allergy:horses']);
    const adverb = createTestRapport();
    await sayText(adverb.adapter, "I'm allergic to dogs, sadly");
    expect(await ownFacts(adverb)).toEqual(['allergy:dogs']);
  });

  it('answers "do I drink?" from being sober after a span of time, and a list ends at a diet word (kept as a health condition too)', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'not drinking beer anymore, 3 years sober now');
    expect(await ownFacts(t)).toEqual(['avoids:beer', 'diet:sober']);
    expect(isReply(await ask(t, 'do I drink?'), 'fact.diet.answer', { value: 'sober' })).toBe(true);
    const other = createTestRapport();
    await sayText(other.adapter, "I can't eat anything with wheat, celiac");
    expect(await ownFacts(other)).toEqual(['avoids:wheat', 'diet:celiac', 'health:celiac']);
  });

  it('keeps a diet one used to keep, answers "no longer", and takes it back when kept again', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'for years I was vegan, but now I eat fish again');
    expect(isReply(await ask(t, 'am I vegan?'), 'fact.formerDiet.answer', { value: 'vegan' })).toBe(true);
    await sayText(t.adapter, "I'm vegan again");
    expect(await ownFacts(t)).toEqual(['diet:vegan']);
    const other = createTestRapport();
    expect(isReply((await sayText(other.adapter, "I'm no longer pescatarian, I eat steak now"))[0], 'memory.noted', { facts: 'no longer pescatarian' })).toBe(true);
    expect(isReply(await ask(other, 'am I pescatarian?'), 'fact.formerDiet.answer', { value: 'pescatarian' })).toBe(true);
  });
});

/** Whose a name is: one's own family named in lists, another's pet never one's own. */
describe('personal memory of whose: lists of family, twins, and other people’s pets', () => {
  type Bot = ReturnType<typeof createTestRapport>;
  const ownFacts = async (t: Bot) => (await t.rapport.profiles.load('test', 'dana-1')).profile.memory.facts.map(({ key, value, detail }) => [key, value, detail].filter(Boolean).join(':'));
  const ask = async (t: Bot, question: string) => (await sayText(t.adapter, question))[0];

  it('reads "have husband Pavel and daughter Ksenia" and a twin named after "a twin sister"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'have husband Pavel and daughter Ksenia');
    expect(await ownFacts(t)).toEqual(['partner:Pavel:husband', 'child:Ksenia:daughter']);
    const twin = createTestRapport();
    await sayText(twin.adapter, 'i have a twin sister wambui, she lives in kisumu');
    expect(await ask(twin, 'do I have a twin?')).toContain('Wambui');
    expect(await ask(twin, "what's my sister's name?")).toContain('Wambui');
    const walker = createTestRapport();
    await sayText(walker.adapter, 'I have a dog walker on Tuesdays');
    expect(await ownFacts(walker)).toEqual([]);
  });

  it('reads a pet brought in after an adverb and an adjective ("her really ancient tabby Smudge")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'I share a flat with my girlfriend Noor and her really ancient tabby Smudge');
    expect(await ask(t, "what's the cat called?")).toContain('Smudge');
  });

  it('reads a noun typed with a slip ("my boyfirend Luca")', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'i moved in with my boyfirend Luca last year');
    expect(await ask(t, 'bf name?')).toContain('Luca');
  });

  it('never keeps a pet someone else got as the person’s own', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'my neighbour Jens just adopted a kitten called Pixel');
    await sayText(t.adapter, 'I have a cat as well, a grumpy tabby named Loki');
    expect(await ownFacts(t)).toEqual(['pet:Loki:cat']);
    expect(await ask(t, "what's my cat called?")).not.toContain('Pixel');
  });
});

/** What leans on what was said before: names given in the next message, a correction after "oops". */
describe('personal memory across messages', () => {
  const ask = async (t: ReturnType<typeof createTestRapport>, question: string) => (await sayText(t.adapter, question))[0];

  it('takes names given in a message of their own for the noun named in the one before', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'sorry, in a rush, I have to collect my twins from nursery');
    await sayText(t.adapter, 'their names are Ada and Ayo');
    const names = await ask(t, 'what are my children called?');
    expect(names).toContain('Ada');
    expect(names).toContain('Ayo');
  });

  it('reads a count after "oops, correction:"', async () => {
    const t = createTestRapport();
    await sayText(t.adapter, 'we have 2 cats, Mango and Kiwi');
    await sayText(t.adapter, 'oops, correction: 4 cats, I forgot the kittens');
    expect(isReply(await ask(t, 'how many cats do I have?'), 'memory.countOnly', { count: 4, detail: 'cats' })).toBe(true);
  });
});
