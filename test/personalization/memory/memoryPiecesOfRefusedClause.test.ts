import { told } from '../../helpers/memoryChat';

// A clause not kept whole (it opens with an opinion's verb, "I" left out, or with "these days it's …") may still hold
// parts told of oneself between its commas and dashes: those parts are kept, and answer.
describe('a part told of oneself inside a clause not kept whole', () => {
  it('"reckon oysters are overrated, paid £28 for a dozen …" keeps what was paid', async () => {
    const chat = await told("I'm Ola", "reckon oysters are overrated tbh, paid £28 for a dozen at a bar in Whitstable and couldn't taste much");
    expect((await chat.notes()).join(' | ')).toMatch(/paid £28 for a dozen/);
    expect(await chat.ask('how much did the oysters cost me?')).toContain('28');
  });

  it('"these days it is mostly pottery — sold a vase to a cafe in Leith for £120" keeps the sale', async () => {
    const chat = await told("I'm Ola", "these days it's mostly pottery — sold a big vase to a cafe in Leith for £120 in june");
    expect(await chat.ask('how much did i sell the vase to the cafe for?')).toContain('120');
  });

  it('a question put without its mark keeps nothing of its parts', async () => {
    const chat = await told("I'm Ola", 'can you tell me, what is the weather like in Leith, is it raining');
    expect(await chat.notes()).toEqual([]);
  });
});
