import { isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';

/** Family told in everyday ways: how many, how old, none at all, and a partner who is no longer one. */
describe('personal memory of family: counts, ages, none, and splits', () => {

  it('keeps how many children were said in words or digits, and a later number replaces it', async () => {
    const t = await told("we've got four children");
    expect(isReply(await t.ask('how many children do I have?'), 'memory.countOnly', { count: 4, detail: 'kids' })).toBe(true);
    await t.tell('sorry, 5 kids, I keep forgetting the newborn');
    expect(isReply(await t.ask('how many kids have I got?'), 'memory.countOnly', { count: 5, detail: 'kids' })).toBe(true);
  });

  it('counts more than were named, "father of two" and "six of them" after the noun', async () => {
    const t = await told('my partner and I have 3 daughters, Ines is the eldest');
    expect(isReply(await t.ask('how many daughters do I have?'), 'memory.countOnly', { count: 3, detail: 'daughters' })).toBe(true);
    const dad = await told('proud father of two');
    expect(isReply(await dad.ask('how many kids do I have?'), 'memory.countOnly', { count: 2, detail: 'kids' })).toBe(true);
    const gran = await told('I bake for my grandkids every Sunday, I have six of them');
    expect(isReply(await gran.ask('how many grandchildren have I got?'), 'memory.countOnly', { count: 6, detail: 'grandchildren' })).toBe(true);
  });

  it('a word for anyone ("lad", "girl") names a child only when said as the person\'s own', async () => {
    const lodger = await told("I'm Dana", "my spare room goes to a lad called Tadeo while I'm travelling", 'a girl from my book club named Orla is feeding the cat');
    expect((await lodger.facts()).filter((fact) => fact.startsWith('child:'))).toEqual([]);
    const parent = await told("I'm Dana", 'we have a little girl called Maisie', 'and our youngest lad Finn is 4');
    expect(await parent.factsWithDetail()).toEqual(expect.arrayContaining(['child:Maisie:daughter', 'child:Finn:son']));
  });

  it('never counts what someone else has, and keeps no count the names make up', async () => {
    const t = await told('my brother lives in Leeds with his 4 cats', 'I have 2 hamsters, Biscuit and Clover');
    expect(await t.factsWithDetail()).toEqual(['pet:Biscuit:hamster', 'pet:Clover:hamster']);
  });

  it('answers how old someone is by name, from an age said in brackets or after the name', async () => {
    const t = await told('two boys, Tane (11) and Rewi (7)');
    expect(isReply(await t.ask('how old is Rewi?'), 'fact.age.aboutAnswer', { about: 'son', value: '7' })).toBe(true);
    const other = await told('kids: Lena 4, Bruno 2');
    expect(await other.ask('how old is Lena?')).toContain('4');
    // A common word is a name in such a list, capitalized before its age.
    const will = await told('kids: Mia 4, Will 2');
    expect(isReply(await will.ask('how many kids do I have?'), 'memory.countOnly', { count: 2, detail: 'kids' })).toBe(true);
  });

  it('keeps "none" of a kind, answers with it, and a pet named later takes it back', async () => {
    const t = await told("I haven't got any pets, my building doesn't allow them", 'single, no children');
    expect(await t.factsWithDetail()).toEqual(['none:pets:pet', 'none:children:kid']);
    expect(isReply(await t.ask('do I have a dog?'), 'fact.none.answer', { value: 'pets' })).toBe(true);
    expect(isReply(await t.ask('have I got kids?'), 'fact.none.answer', { value: 'children' })).toBe(true);
    await t.tell('we adopted a kitten, her name is Miso');
    expect(await t.factsWithDetail()).toEqual(['none:children:kid', 'pet:Miso:cat']);
    const cats = await told('I have no dogs myself, just a parrot called Kiwi');
    expect(isReply(await cats.ask('how many dogs do I have?'), 'fact.none.answer', { value: 'dogs' })).toBe(true);
    expect(await cats.ask("what's my parrot called?")).toContain('Kiwi');
  });

  it('keeps a partner one split up with as an ex, and forgets them when asked, by pronoun or name', async () => {
    const t = await told('my husband Idris is a pilot');
    expect(isReply((await sayText(t.adapter, 'honestly we separated last spring'))[0], 'memory.parted', { value: 'Idris' })).toBe(true);
    expect(await t.factsWithDetail()).toEqual(['ex:Idris:husband']);
    expect(isReply(await t.ask('am I married?'), 'fact.ex.answer', { value: 'Idris' })).toBe(true);
    const other = await told('my boyfriend is called Tomasz', 'we broke up on Sunday, please forget about him');
    expect(await other.factsWithDetail()).toEqual([]);
    expect(isReply(await other.ask("who's my boyfriend?"), 'memory.unknown', { label: 'your partner' })).toBe(true);
    const ex = await told('my ex-wife Carla lives in Porto');
    expect(isReply(await ex.ask('who is my ex?'), 'fact.ex.answer', { value: 'Carla' })).toBe(true);
    await ex.tell('forget Carla completely');
    expect(isReply(await ex.ask('who is my ex?'), 'memory.unknown', { label: 'your exes' })).toBe(true);
  });
});

/** Food and drink told in passing: an allergy named by what cannot be eaten, drinking stopped, a diet given up. */
describe('personal memory of food: allergies, drinking, diets one used to keep', () => {

  it('keeps what cannot be eaten as an allergy when the message speaks of one, and an allergy said without "I"', async () => {
    const t = await told("can't eat peanuts, bad allergy, always carry my epipen");
    expect(await t.factsWithDetail()).toEqual(['allergy:peanuts']);
    expect(isReply(await t.ask('am I allergic to anything?'), 'fact.allergy.answer', { value: 'peanuts' })).toBe(true);
    const other = await told('allergic to horses 😩 so no riding lessons, the kids are gutted');
    expect(await other.factsWithDetail()).toEqual(['allergy:horses']);
    const adverb = await told("I'm allergic to dogs, sadly");
    expect(await adverb.factsWithDetail()).toEqual(['allergy:dogs']);
  });

  it('answers "do I drink?" from being sober after a span of time, and a list ends at a diet word (kept as a health condition too)', async () => {
    const t = await told('not drinking beer anymore, 3 years sober now');
    expect(await t.factsWithDetail()).toEqual(['avoids:beer', 'diet:sober']);
    expect(isReply(await t.ask('do I drink?'), 'fact.diet.answer', { value: 'sober' })).toBe(true);
    const other = await told("I can't eat anything with wheat, celiac");
    expect(await other.factsWithDetail()).toEqual(['avoids:wheat', 'diet:celiac', 'health:celiac']);
  });

  it('keeps a diet one used to keep, answers "no longer", and takes it back when kept again', async () => {
    const t = await told('for years I was vegan, but now I eat fish again');
    expect(isReply(await t.ask('am I vegan?'), 'fact.formerDiet.answer', { value: 'vegan' })).toBe(true);
    await t.tell("I'm vegan again");
    expect(await t.factsWithDetail()).toEqual(['diet:vegan']);
    const other = memoryChat();
    expect(isReply((await sayText(other.adapter, "I'm no longer pescatarian, I eat steak now"))[0], 'memory.noted', { facts: 'no longer pescatarian' })).toBe(true);
    expect(isReply(await other.ask('am I pescatarian?'), 'fact.formerDiet.answer', { value: 'pescatarian' })).toBe(true);
  });
});

/** Whose a name is: one's own family named in lists, another's pet never one's own. */
describe('personal memory of whose: lists of family, twins, and other people’s pets', () => {

  it('reads "have husband Pavel and daughter Ksenia" and a twin named after "a twin sister"', async () => {
    const t = await told('have husband Pavel and daughter Ksenia');
    expect(await t.factsWithDetail()).toEqual(['partner:Pavel:husband', 'child:Ksenia:daughter']);
    const twin = await told('i have a twin sister wambui, she lives in kisumu');
    expect(await twin.ask('do I have a twin?')).toContain('Wambui');
    expect(await twin.ask("what's my sister's name?")).toContain('Wambui');
    const walker = await told('I have a dog walker on Tuesdays');
    expect(await walker.factsWithDetail()).toEqual([]);
  });

  it('reads a pet brought in after an adverb and an adjective ("her really ancient tabby Smudge")', async () => {
    const t = await told('I share a flat with my girlfriend Noor and her really ancient tabby Smudge');
    expect(await t.ask("what's the cat called?")).toContain('Smudge');
  });

  it('reads a noun typed with a slip ("my boyfirend Luca")', async () => {
    const t = await told('i moved in with my boyfirend Luca last year');
    expect(await t.ask('bf name?')).toContain('Luca');
  });

  it('never keeps a pet someone else got as the person’s own', async () => {
    const t = await told('my neighbour Jens just adopted a kitten called Pixel', 'I have a cat as well, a grumpy tabby named Loki');
    expect(await t.factsWithDetail()).toEqual(['pet:Loki:tabby']);
    expect(await t.ask("what's my cat called?")).not.toContain('Pixel');
  });
});

/** What leans on what was said before: names given in the next message, a correction after "oops". */
describe('personal memory across messages', () => {

  it('takes names given in a message of their own for the noun named in the one before', async () => {
    const t = await told('sorry, in a rush, I have to collect my twins from nursery', 'their names are Ada and Ayo');
    const names = await t.ask('what are my children called?');
    expect(names).toContain('Ada');
    expect(names).toContain('Ayo');
  });

  it('reads a count after "oops, correction:"', async () => {
    const t = await told('we have 2 cats, Mango and Kiwi', 'oops, correction: 4 cats, I forgot the kittens');
    expect(isReply(await t.ask('how many cats do I have?'), 'memory.countOnly', { count: 4, detail: 'cats' })).toBe(true);
  });
});
