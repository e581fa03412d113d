import { told } from '../../helpers/memoryChat';

/** A partner or a pet named in everyday chat: "X and I got married", a bare noun with its name in brackets, a plural-looking pet name. */
describe('personal memory of a partner or pet named loosely', () => {
  it('keeps the one named before "and I" or "and me" with a marriage or engagement as the partner', async () => {
    const wed = await told('Imogen and I have been married since the nineties');
    expect(await wed.facts()).toContain('partner:Imogen');
    const engaged = await told('so, Rafael and me got engaged at the weekend!');
    expect(await engaged.facts()).toContain('partner:Rafael');
    // Something else done together names no partner.
    const fishing = await told('Imogen and I went to the coast on Sunday');
    expect((await fishing.facts()).filter((fact) => fact.startsWith('partner:'))).toEqual([]);
  });

  it('names one\'s own from an aside after a bare noun that opens the message', async () => {
    const t = await told('husband (kofi) keeps moving my reading glasses');
    expect(await t.facts()).toContain('partner:Kofi');
  });

  it('reads a lower-case word in the plural as a pet\'s name when a verb for one follows it', async () => {
    const t = await told('my cat noodles sleeps on the printer all day');
    expect(await t.factsWithDetail()).toContain('pet:Noodles:cat');
    const dog = await told('our dog muffins was at the vet again');
    expect(await dog.factsWithDetail()).toContain('pet:Muffins:dog');
  });
});

describe('personal memory of someone named in lower case right after the word for them', () => {
  it('answers "who is my …?" from a note that names them so, and not from one that names no one', async () => {
    const t = await told('my coach kat reckons i should race the 10k in spring');
    expect(await t.ask("who's my coach?")).toMatch(/kat/i);
    const none = await told('my coach reckons i should race the 10k in spring');
    expect(await none.ask("who's my coach?")).toMatch(/haven't told me/);
  });
});

describe('someone named with "and I" at the start of a message', () => {
  it('is not taken for the person\'s own name', async () => {
    // Even right after the bot asked what to call them.
    const t = await told('hi', 'Priyanka and I drove up to the lakes on Saturday');
    expect(await t.ask("what's my name?")).not.toMatch(/Priyanka/);
  });

  it('is kept as an ex when "and I" split up, though never told as a partner', async () => {
    const t = await told('Mateo and I broke up in the autumn');
    expect(await t.facts()).toContain('ex:Mateo');
  });
});

describe('a question that names someone with "and I"', () => {
  it('asks how long, from what was told, and tells no partner', async () => {
    const t = await told('Rosalind and I have been married 41 years come April. We met at a dance in Leeds.');
    expect(await t.ask('How long has it been since Rosalind and I got married?')).toMatch(/41/);
    expect(await t.ask('so how long have Rosalind and me been married now?')).toMatch(/41/);
    const asked = await told('Tobias and I have been together how long now?');
    expect((await asked.facts()).filter((fact) => fact.startsWith('partner:'))).toEqual([]);
  });
});
