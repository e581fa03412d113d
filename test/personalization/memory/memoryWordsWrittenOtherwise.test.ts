import { told } from '../../helpers/memoryChat';

const DONT_KNOW = /don't know|haven't told/i;

// A note is found however a word of it was written: "fave" for favourite, an occupation asked by its short form.
describe('a word written another way in the note than in the question', () => {
  it('"favorite" asked of a note that says "fave"', async () => {
    const chat = await told("I'm Noor", 'got three copies of that album, the orange splatter one is my fave');
    expect(await chat.ask("which one's my favorite")).toContain('orange splatter');
  });

  it('"favourite" asked of a note that says "fave", though a fact kind reads the question', async () => {
    const chat = await told("I'm Noor", 'my fave is the oat flat white from Bean There');
    expect(await chat.ask("what's my favourite")).toContain('oat flat white');
  });
});

describe('an occupation asked by its short form', () => {
  it('"physio" of a note that says "physiotherapist"', async () => {
    const chat = await told("I'm Noor", 'my physiotherapist is Ines Varga at the Eastgate clinic');
    expect(await chat.ask('who is my physio')).toContain('Ines');
  });

  it('"ortho" read as a workplace question still finds the orthodontist note', async () => {
    const chat = await told("I'm Noor", 'my orthodontist is dr Pell at Riverside');
    expect(await chat.ask('where is my ortho')).toContain('Riverside');
  });

  it('a short form never told of stays unknown', async () => {
    const chat = await told("I'm Noor", 'my orthodontist is dr Pell at the Riverside hospital');
    expect(await chat.ask('who is my physio')).toMatch(DONT_KNOW);
  });
});
