import { told } from '../../helpers/memoryChat';

// Said and set right in the same breath ("my cat is Pepper. sorry, Pickle"): the value said last is kept, the
// one it replaces is kept nowhere, not even in a note; what only adds ("… too") keeps both.
describe('a value set right in the same message', () => {
  it('"sorry, Pickle" after "my cat is Pepper" keeps Pickle only, in facts and notes', async () => {
    const chat = await told("I'm Dana", 'my cat is Pepper. sorry, Pickle. Pepper was my old cat');
    expect(await chat.ask("what's my cat called?")).toContain('Pickle');
    expect(await chat.facts()).not.toContain('pet:Pepper');
    expect(JSON.stringify((await chat.profile()).memory.notes ?? [])).not.toContain('Pepper');
  });

  it('"well 42 as of last week" sets right the age just said', async () => {
    const chat = await told("I'm Dana", "I'm 41. well 42 as of last week haha");
    expect(await chat.ask('how old am I?')).toContain('42');
    expect(await chat.ask('how old am I?')).not.toContain('41');
  });

  it('"actually clarinet" sets right an instrument, a kind that holds several', async () => {
    const chat = await told("I'm Dana", 'I play the flute. actually clarinet, I switched years ago');
    expect(await chat.ask('what instrument do I play?')).toContain('clarinet');
    expect(await chat.ask('what instrument do I play?')).not.toContain('flute');
  });

  it('"no, June 14" sets right a birthday', async () => {
    const chat = await told("I'm Dana", 'my birthday is June 4, no, June 14, I always mix them up');
    expect(await chat.ask("when's my birthday?")).toContain('June 14');
  });

  it('"no sorry, switched to physics" keeps what is studied now', async () => {
    const chat = await told("I'm Dana", "I'm studying history — no sorry, switched to physics this term");
    expect(await chat.ask('what am I studying?')).toContain('physics');
    expect(await chat.ask('what am I studying?')).not.toContain('history');
  });

  it('"wait, Paisley" sets right a place just said', async () => {
    const chat = await told("I'm Dana", "we're in Glasgow. wait, Paisley, strictly speaking");
    expect(await chat.ask('where do I live?')).toContain('Paisley');
    expect(await chat.ask('where do I live?')).not.toContain('Glasgow');
  });

  it('"I mean, Lidl" sets right a workplace', async () => {
    const chat = await told("I'm Dana", "I'm a cashier at Aldi. I mean, Lidl, moved last month");
    expect(await chat.ask('where do I work?')).toContain('Lidl');
    expect(await chat.ask('where do I work?')).not.toContain('Aldi');
  });

  it('"husband\'s Tom — sorry, Thomas" names the husband Thomas', async () => {
    const chat = await told("I'm Dana", "husband's Tom — sorry, Thomas, he hates Tom");
    expect(await chat.ask("what's my husband's name?")).toContain('Thomas');
    expect(await chat.factsWithDetail()).not.toContain('partner:Tom:husband');
  });

  it('"well, pescatarian now" after "vegetarian" keeps one diet', async () => {
    const chat = await told("I'm Dana", "I'm vegetarian. well, pescatarian now, I eat fish again");
    expect(await chat.facts()).toContain('diet:pescatarian');
    expect(await chat.facts()).not.toContain('diet:vegetarian');
  });

  it('a clause that adds ("… too") sets nothing right', async () => {
    const chat = await told("I'm Dana", 'I speak Spanish. actually, I speak Italian too');
    expect(await chat.facts()).toEqual(expect.arrayContaining(['speaks:Spanish', 'speaks:Italian']));
  });

  it('"oh, my daughter Mia is 3" after "a son, Leo" keeps both children', async () => {
    const chat = await told("I'm Dana", 'I have a son, Leo. oh, my daughter Mia is 3');
    const kids = await chat.ask('what are my kids called?');
    expect(kids).toContain('Leo');
    expect(kids).toContain('Mia');
  });

  it('a value said and then forgotten in the same message is not kept', async () => {
    const chat = await told("I'm Dana", 'I speak Polish, English and Russian. actually my Russian is gone, forget Russian');
    expect(await chat.facts()).toEqual(expect.arrayContaining(['speaks:Polish', 'speaks:English']));
    expect(await chat.facts()).not.toContain('speaks:Russian');
  });
});

// A note that tells what changed ("had X, now Y", "moved from X to Y") answers a question about now with what holds now.
describe('a note that says what changed', () => {
  it('"had a tourist visa, now a spousal visa" answers what visa one has now with the new one', async () => {
    const chat = await told("I'm Dana", 'had a tourist visa, now a spousal visa since the wedding');
    const now = await chat.ask('what visa do I have now?');
    expect(now).toContain('spousal');
    expect(now).not.toContain('tourist');
  });

  it('"moved from Porto in Portugal to Lyon" answers where one lives now with Lyon, and where from with Porto', async () => {
    const chat = await told("Hi, I'm Dana, I moved from Porto in Portugal to Lyon two years ago");
    const now = await chat.ask('where do I live now?');
    expect(now).toContain('Lyon');
    expect(now).not.toContain('Porto');
    expect(await chat.ask('where did I move from?')).toContain('Porto');
  });
});
