import { told } from '../../helpers/memoryChat';

// Everyday wording from new people: a kind told and forgotten in the same message is kept nowhere; a forget request
// may say where it is kept ("from your notes"); places said with "the"; learners' "I have 41 years"; acronyms;
// where one writes from and where one studied.
describe('forgetting what the same message said', () => {
  it('"My birthday is 2 Feb. eh, forget that birthday thing" keeps no birthday and says it is forgotten', async () => {
    const chat = await told("I'm Kwame");
    const reply = await chat.ask("My birthday is 2 Feb. eh, forget that birthday thing, I don't share it");
    expect(reply).not.toContain('2 Feb');
    expect(reply).not.toContain('nothing to forget');
    expect(await chat.facts()).toEqual([]);
    expect(await chat.ask("when's my birthday?")).not.toContain('2 Feb');
  });

  it('what else the message said stays', async () => {
    const chat = await told('I live in Oslo and my birthday is 2 Feb. please forget the birthday');
    expect(await chat.facts()).toEqual(['home:Oslo']);
  });

  it('"Remove my birthday from your notes." forgets the birthday kept before', async () => {
    const chat = await told('Born: 3 April.');
    expect(await chat.facts()).toEqual(['birthday:3 April']);
    await chat.tell('Remove my birthday from your notes.');
    expect(await chat.facts()).toEqual([]);
  });

  it('"forget that I\'m from Lagos" still reads the "from" of what was said', async () => {
    const chat = await told("I'm from Lagos and live in Toronto", "forget that I'm from Lagos");
    expect(await chat.facts()).toEqual(['home:Toronto']);
  });
});

describe('places said with "the"', () => {
  it('"from the Philippines", "in the Azores" keep the place as named', async () => {
    const chat = await told("I'm from the Philippines", 'we live in the Azores now');
    expect(await chat.ask('where am I from?')).toContain('Philippines');
    expect(await chat.ask('where do I live?')).toContain('Azores');
  });
});

describe('learners and common words', () => {
  it('"I have 41 years" is an age, which "forget my age" forgets; "20 years of experience" is none', async () => {
    const chat = await told('I am Olena, I have 41 years, from Kharkiv in Ukraine.');
    expect(await chat.facts()).toContain('age:41');
    await chat.tell('Please, forget my age, it is not polite.');
    expect(await chat.ask('How old I am?')).not.toContain('41');
    const other = await told('I have 20 years of experience in sales');
    expect((await other.facts()).filter((fact) => fact.startsWith('age:'))).toEqual([]);
  });

  it('"I like coffee with milk" keeps no partner called Milk; "with Tom these days" still names one', async () => {
    const chat = await told('I like coffee with milk', 'I love very much the tea with mint');
    expect((await chat.facts()).filter((fact) => fact.startsWith('partner:'))).toEqual([]);
    const dating = await told('with Tom these days');
    expect(await dating.facts()).toContain('partner:Tom');
  });
});

describe('acronyms and words that only say how much', () => {
  it('"work in IT support at a hospital in Brooklyn" keeps the work: "IT" is no pronoun', async () => {
    const chat = await told('work in IT support at a hospital in Brooklyn');
    expect(await chat.facts()).toContain('job:IT support');
  });

  it('"I like so much to play the squash" keeps no like called "much"', async () => {
    const chat = await told('I like so much to play the squash, Egypt is very good in squash.');
    expect((await chat.facts()).filter((fact) => fact.startsWith('like:'))).toEqual([]);
  });
});

describe('where one writes from and where one studied', () => {
  it('"I am writing to you from Bergen, where it has been raining" tells where one lives', async () => {
    const chat = await told('Hello, I am Ingrid, and I am writing to you from Bergen, where it has been raining for eleven days straight.');
    expect(await chat.facts()).toContain('home:Bergen');
  });

  it('"Galway\'s where I went to uni" is where one studied, beside where one lives', async () => {
    const chat = await told('Scratch that, I live in Limerick. Galway\'s where I went to uni');
    expect(await chat.facts()).toEqual(['home:Limerick', 'school:Galway']);
  });
});

describe('places typed in lower case', () => {
  it('"from tulsa originally but moved to denver" keeps both: WordNet lists Tulsa as a place', async () => {
    const chat = await told('kenzie here, from tulsa originally but moved to denver last yr');
    expect(await chat.facts()).toEqual(expect.arrayContaining(['from:Tulsa', 'home:Denver']));
  });
});

describe('what is given up in the same message', () => {
  it('"i drive a Seat Ibiza. actually sold it, i ride a Vespa now" keeps the Vespa and leaves where one lives alone', async () => {
    const chat = await told('live in Madrid with two flatmates', 'i drive a Seat Ibiza. actually sold it, i ride a Vespa now');
    expect(await chat.facts()).toEqual(['home:Madrid', 'vehicle:Vespa']);
  });

  it('"well, was." after a workplace keeps no workplace called "was"', async () => {
    const chat = await told("i'm a barista at a place called Café Norte. well, was. café closed, i'm a delivery rider now");
    expect((await chat.facts()).some((fact) => /:was$/i.test(fact))).toBe(false);
  });
});

describe('"mine is …" after a take-back', () => {
  it('"got a cat named Mochi. actually scratch that, Mochi is my sister\'s, mine is Biscuit" keeps Biscuit the cat', async () => {
    const chat = await told("got a cat named Mochi. actually scratch that, Mochi is my sister's, mine is Biscuit");
    expect(await chat.factsWithDetail()).toEqual(['pet:Biscuit:cat']);
    expect(await chat.ask("what's my cat called again?")).toContain('Biscuit');
  });
});

describe('a diet said in the present perfect', () => {
  it('"I have been a vegetarian since I was fifty" keeps the diet', async () => {
    const chat = await told('I have been a vegetarian since I was fifty; my doctor was surprised.');
    expect(await chat.facts()).toContain('diet:vegetarian');
  });
});

describe('a pet named by a noun WordNet files under a pet noun', () => {
  it('"a ginger tom called Marmalade" is a cat; "my son Tom" is still a son', async () => {
    const chat = await told("I've a ginger tom called Marmalade who brings me a fish head most mornings, bless him.");
    expect(await chat.factsWithDetail()).toEqual(['pet:Marmalade:cat']);
    expect(await chat.ask("What's my cat called?")).toContain('Marmalade');
    const son = await told('my son Tom is 5');
    expect(await son.factsWithDetail()).toEqual(['child:Tom:son']);
  });
});
