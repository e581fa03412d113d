import { displayName } from '../../../src/profile/userProfile';
import { told } from '../../helpers/memoryChat';


// What a person told stays kept when a later line is read as something it is not: a forget request that names
// something never kept, work said without its article read as a name, a habit told with the verb first.
describe('a forget request that names something never kept', () => {
  it('"the bit about being frightened" does not take a child (no "being", a living thing)', async () => {
    const chat = await told("I'm Nadia", 'My son Teo is 3 months old', 'the noise at night really frightens me', "forget the bit about being frightened, it's silly");
    expect(await chat.facts()).toContain('child:Teo');
    expect(await chat.ask("what's my son called?")).toContain('Teo');
  });

  it('"the rank thing" does not take a note that says "last spring"', async () => {
    const chat = await told("I'm Nadia", 'moved over to economics last spring, much better', 'forget the rank thing, so embarrassing');
    expect((await chat.notes()).join(' ')).toContain('economics');
  });
});

describe('work said without its article', () => {
  it('"I am surgeon, I work in …" is work, not a new name', async () => {
    const chat = await told('hello', 'I am Oksana', 'I am surgeon, I work in a big clinic');
    expect(displayName(await chat.profile())).toBe('Oksana');
    expect(await chat.facts()).toContain('job:surgeon');
  });

  it('"I am Mason" with a capital is still a name', async () => {
    const chat = await told('hello', 'I am Mason, I work in a big clinic');
    expect(displayName(await chat.profile())).toBe('Mason');
  });
});

describe('a habit told with the verb first', () => {
  it('"sing alto in the choir every Thursday" is kept and answers', async () => {
    const chat = await told("I'm Gwen", 'sing alto in the cathedral choir every Thursday');
    expect((await chat.notes()).join(' ')).toContain('cathedral choir');
    expect(await chat.ask('what do I do on thursdays?')).toContain('choir');
  });

  it('"… three mornings a week" is kept; an order for now is not', async () => {
    const chat = await told("I'm Gwen", 'pour coffee at a cafe on Mill Road three mornings a week', 'play some jazz this evening');
    const notes = (await chat.notes()).join(' | ');
    expect(notes).toContain('Mill Road');
    expect(notes).not.toContain('jazz');
  });
});

describe('a question word that opens what is told', () => {
  it('"What I really can\'t bear is karaoke." is a dislike, not a question', async () => {
    const chat = await told("I'm Ffion", "What I really can't bear is karaoke. My friends love it though.");
    expect(await chat.facts()).toContain('dislike:karaoke');
    expect(await chat.ask("what can't I bear?")).toContain('karaoke');
  });

  it('"When I retired my husband and I bought a cottage near Tenby" is kept and answers', async () => {
    const chat = await told("I'm Ffion", 'When I retired my husband and I bought a cottage near Tenby, plenty of space for the grandchildren.');
    expect((await chat.notes()).join(' ')).toContain('Tenby');
    expect(await chat.ask('where is our cottage?')).toContain('Tenby');
  });

  it('"what i do for work" alone is still asked', async () => {
    const chat = await told("I'm Ffion", 'I teach piano from home');
    expect(await chat.ask('what i do for work')).toMatch(/piano|teach/i);
    expect(await chat.notes()).not.toContain('what i do for work');
  });
});

describe('a take-back of part of the message', () => {
  it('"… down in Amarillo. actually forget I said Amarillo" keeps the rest, not the place', async () => {
    const chat = await told("I'm Earl", 'wife Maxine and me got 2 grandkids down in Amarillo. actually forget I said Amarillo, family stuff');
    expect(await chat.facts()).toContain('partner:Maxine');
    expect(JSON.stringify(await chat.profile())).not.toContain('Amarillo');
  });

  it('"ex = Jonas but delete that, forget him" takes back the ex only', async () => {
    const chat = await told("I'm Lotte", 'bf = Pieter. ex = Jonas but delete that, forget him');
    expect(await chat.facts()).toContain('partner:Pieter');
    expect(JSON.stringify(await chat.profile())).not.toContain('Jonas');
  });

  it('"… please forget my salary" after what says it still takes all back', async () => {
    const chat = await told("I'm Jo", 'I earn 400k a month. hmm, please forget my salary');
    expect(JSON.stringify(await chat.profile())).not.toContain('400k');
  });
});

// What is told stays kept though it opens like an order or a request: a thing said before "I" and its verb, a
// price said with no subject after the thing it is of, "I need it back" of what was just said.
describe('a line that opens like an order or asks like a request', () => {
  it('"Fresh okra I get from …" is kept and answers where', async () => {
    const chat = await told("I'm Nadia", 'Fresh okra I get from the Saturday market on Dale Street');
    expect(await chat.ask('where do I get my okra?')).toContain('Saturday market');
  });

  it('"Cost 40 quid." after what was bought answers what it cost', async () => {
    const chat = await told("I'm Nadia", 'Ordered a replacement hinge for the gate. Cost 40 quid. Should arrive Monday.');
    expect(await chat.ask('how much did I pay for the hinge?')).toContain('40');
  });

  it('"… has my drill i need it back" is kept and answers who has it', async () => {
    const chat = await told("I'm Nadia", 'my neighbour gus still has my drill i need it back by the weekend');
    // Typed in lower case, the neighbour's name is kept with its capital ("my neighbour Gus").
    expect(await chat.ask("who's got my drill?")).toContain('Gus');
  });
});
