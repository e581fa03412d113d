import { told } from '../../helpers/memoryChat';

/**
 * "which X is my <thing>?" of a note that says "<thing> is <what>, …": what the thing is said to be answers, not the
 * whole note (whose other parts answer other questions).
 */
describe('personal memory: what the thing asked is said to be', () => {
  it('answers which one with what the note says the thing is, not all it says after', async () => {
    const t = await told('daily driver is a 2009 honda fit, paid 4800 for it off my neighbour in spokane');
    const reply = await t.ask('which car is my daily driver?');
    expect(reply).toContain('honda fit');
    expect(reply).not.toContain('4800');
    expect(reply).not.toContain('spokane');
  });

  it('answers where with the place the thing is said to be, up to when', async () => {
    const t = await told('next holiday is Ometepe in June with my cousin Priti, flights already sorted');
    const reply = await t.ask('where is my next holiday?');
    expect(reply).toContain('Ometepe');
    expect(reply).not.toContain('Priti');
  });

  it('does not take a day said to be when for where', async () => {
    const t = await told('my lessons are mondays in harrogate, the teacher is strict');
    const reply = await t.ask('where are my lessons?');
    expect(reply.toLowerCase()).toContain('harrogate');
  });
});

describe('personal memory: what a thing is said to be answers only what it is', () => {
  it('does not answer what someone did with what they are said to be', async () => {
    const t = await told('Marguerite is the sporty one, she took the regional chess trophy in May');
    const reply = await t.ask('what did Marguerite take?');
    expect(reply.toLowerCase()).toContain('chess trophy');
  });

  it('does not answer what a thing is with by what it is', async () => {
    const t = await told('our plumber is Tavita from Kowhai Plumbing, booked for the 12th');
    const reply = await t.ask('which firm is the plumber with?');
    expect(reply).toContain('Kowhai');
  });

  it('does not answer a thing named by more words with what one of them is said to be', async () => {
    const t = await told('a three layer sponge, top is cream with silver sprinkles');
    const reply = await t.ask("what's the top decoration");
    expect(reply.toLowerCase()).toContain('silver');
  });
});

describe('personal memory: what a thing is said to be does not answer whose or which sort', () => {
  it('does not answer what sort a pet is with whose it is', async () => {
    const t = await told('Biscuit is ours, a beagle, 4 years old and 12 kilos');
    const reply = await t.ask('what breed is Biscuit?');
    expect(reply.toLowerCase()).toContain('beagle');
  });

  it('does not answer whose thing it is with what the thing is said to be', async () => {
    const t = await told("my uncle's recipe for the tiramisu is the dish everyone orders");
    const reply = await t.ask('whose recipe is the tiramisu');
    expect(reply.toLowerCase()).toContain('uncle');
  });
});
