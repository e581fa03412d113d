import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// Follow-up questions that lean on the previous question or its answer: "and my brother?", "how old is he?",
// "and her?", "where?", "how old is it?"; and the same words with nothing to lean on, read as before.
describe('a follow-up asks the previous question again', () => {
  it('of someone else ("what about my brother?"), of a pronoun ("how old is he?"), of the one of the other gender ("and her?")', async () => {
    const chat = await told("I'm Wren", 'my sister Ingrid lives in Tromsø and my brother Matteo lives in Bari', 'Ingrid is 38, Matteo turned 33');
    expect(await chat.ask('where does my sister live?')).toContain('Tromsø');
    const brother = await chat.ask('what about my brother?');
    expect(brother).toContain('Bari');
    expect(brother).not.toContain('Tromsø');
    const he = await chat.ask('how old is he?');
    expect(he).toContain('33');
    expect(he).not.toContain('38');
    const her = await chat.ask('and her?');
    expect(her).toContain('38');
    expect(her).not.toContain('33');
  });

  it('with a new question word alone ("where?")', async () => {
    const chat = await told("I'm Wren", 'my book club meets on Thursdays at the library');
    expect(await chat.ask('when does my book club meet?')).toMatch(/thursday/i);
    expect(await chat.ask('where?')).toContain('library');
  });

  it('with a preposition before the new question word ("and at what time?"), which asks no clock', async () => {
    const chat = await told("I'm Wren", 'my dentist check-up is on 14 May at 08:30');
    expect(await chat.ask('when is my dentist check-up?')).toMatch(/14 May/);
    expect(await chat.ask('and at what time?')).toContain('08:30');
  });

  it('with a preposition left at the end ("who with?")', async () => {
    const chat = await told("I'm Wren", "I'm going to the aquarium on Saturday with my cousin Rosa");
    expect(await chat.ask('where am I going on Saturday?')).toMatch(/aquarium/i);
    expect(await chat.ask('who with?')).toContain('Rosa');
  });
});

describe('"what time …?" is answered by a note that says the time of day', () => {
  it('after a day moved with "same time", the time told first answers, not the new day', async () => {
    const chat = await told("I'm Wren", 'my piano recital is on 6 June at 19:00', 'update: the recital is now 13 June, same time');
    const time = await chat.ask('what time is my piano recital?');
    expect(time).toContain('19:00');
    expect(time).not.toContain('13 June');
  });
});

describe('a pronoun leans on what the last answer was about', () => {
  it('"she" is the one the answer named, by the noun asked with ("who\'s my best friend?" … "which city does she live in?")', async () => {
    const chat = await told("I'm Wren", 'my best friend is Oksana, she lives in Halifax', 'I work as a glassblower');
    expect(await chat.ask("who's my best friend?")).toContain('Oksana');
    expect(await chat.ask('which city does she live in?')).toContain('Halifax');
  });

  it('"it" is the one animal an answer named beside a person', async () => {
    const chat = await told("I'm Wren", 'we have a ferret called Pippin, he is 2', 'my flatmate Bram owns a gecko named Zed, it is 4');
    expect(await chat.ask("what's my flatmate's pet called?")).toContain('Zed');
    const age = await chat.ask('how old is it?');
    expect(age).toContain('4');
    expect(age).not.toContain('2');
  });
});

describe('a follow-up with nothing to lean on', () => {
  it('"where?" or "and which day?" after no question asks nothing of what was told', async () => {
    const chat = await told("I'm Wren", 'my sister Ingrid lives in Tromsø', 'my book club meets on Thursdays at the library');
    expect(await chat.ask('where?')).not.toMatch(/Tromsø|library/);
    expect(await chat.ask('and which day?')).not.toMatch(/thursday/i);
  });

  it('"and my brother is …" after a question tells, rather than asks the question again', async () => {
    const chat = await told("I'm Wren", 'my sister Ingrid lives in Tromsø');
    await chat.ask('where does my sister live?');
    await chat.ask('and my brother Matteo lives in Bari');
    expect(await chat.ask('where does my brother live?')).toContain('Bari');
  });

  it('"what time is it?" after a memory answer asks the clock', async () => {
    const chat = await told("I'm Wren", 'my book club meets on Thursdays at the library');
    await chat.ask('when does my book club meet?');
    const time = await chat.ask('what time is it?');
    expect(time).not.toMatch(/thursday|library/i);
    expect(time).not.toMatch(DONT_KNOW);
  });
});

describe('what an answer was about is kept as the person wants', () => {
  it('not while learning is paused, and not after the one it named is forgotten', async () => {
    const chat = await told("I'm Wren", 'my best friend is Oksana, she lives in Halifax');
    await chat.ask("who's my best friend?");
    expect((await chat.profile()).memory.turns.some((turn) => turn.answered?.named?.includes('Oksana'))).toBe(true);
    await chat.ask('forget my best friend');
    expect(JSON.stringify((await chat.profile()).memory.turns)).not.toContain('Oksana');
    await chat.tell('/private on');
    await chat.ask('where do I live?');
    expect((await chat.profile()).memory.turns.at(-1)?.answered).toBeUndefined();
  });
});
