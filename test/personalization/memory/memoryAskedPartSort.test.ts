import { told } from '../../helpers/memoryChat';

/** Answering with the part of a note of the sort asked, from the note that holds one. */
describe('personal memory: the part of the sort asked', () => {
  it('answers the name of a thing from the note that gives it a name, not from one naming someone beside it', async () => {
    const t = await told('we have a narrowboat on the canal called Otter Days', 'my brother Callum paints the narrowboat every spring');
    const name = await t.ask("what's the narrowboat called");
    expect(name).toContain('Otter Days');
    expect(name).not.toContain('Callum');
    expect(await t.ask('who paints the narrowboat?')).toContain('Callum');
  });
});

describe('personal memory: when something starts', () => {
  it('answers with the month or year told, not the first day of it', async () => {
    const t = await told('been keeping bees since 2011', 'pottery course starts in march, not february');
    const bees = await t.ask('what year did I start keeping bees');
    expect(bees).toContain('2011');
    expect(bees).not.toContain('January');
    const course = await t.ask('when does the pottery course start');
    expect(course).toMatch(/march/i);
    expect(course).not.toMatch(/\b1 march/i);
  });

  it('answers from the note that says the whole of what is asked, not one that says a part of it', async () => {
    const t = await told('my rota is awful so the lesson has to be a friday', 'piano lesson starts in november not december');
    const when = await t.ask('when does the piano lesson start');
    expect(when).toMatch(/november/i);
    expect(when).not.toMatch(/friday/i);
  });
});

describe('personal memory: how long a thing is', () => {
  it('answers with the length in a unit of length, not the number of its model', async () => {
    const t = await told('we sail a Westerly Centaur 26, 7.9 metres long, a proper old tub');
    const length = await t.ask('how long is our boat');
    expect(length).toContain('7.9 metres');
    expect(length).not.toMatch(/\b26\b/);
  });
});
