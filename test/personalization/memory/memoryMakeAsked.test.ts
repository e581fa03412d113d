import { told } from '../../helpers/memoryChat';

// "what make is my piano?": the make of the thing named after "my" is asked for, and a note that names a maker of it
// (WordNet files Steinway as a piano maker) answers, though it never says "piano".
describe('the make of a thing, asked for', () => {
  it('"what make is my piano?" of "… bought me my steinway model o in 1975" answers steinway', async () => {
    const chat = await told("I'm Elsie", "i've taught piano in the same front room in harrogate since 1969", 'my late husband frank bought me my steinway model o in 1975, still the love of my life');
    expect(await chat.ask('what make is my piano?')).toMatch(/steinway/i);
  });
});

// "who plays grunt?" of "femi plays a half-orc bard named grunt": the name the question asks by is not who answers.
describe('a name said in the question, asked who of', () => {
  it('"who plays grunt" is not answered "grunt"', async () => {
    const chat = await told("I'm Nina", 'my partner femi plays a half-orc bard named grunt who sings terrible sea shanties lol');
    expect(await chat.ask('who plays grunt')).toMatch(/femi/i);
  });
});
