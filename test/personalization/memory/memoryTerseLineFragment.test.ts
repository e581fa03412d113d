import { told } from '../../helpers/memoryChat';

// A line told in a few words with "I" left out, then a bare fragment ("Got a new kettle. Smeg. £90."): the fragment
// says which or what of it, so it is kept with the line and the question about the line is answered by it.
describe('a fragment after a terse line', () => {
  it('is kept with the line before it', async () => {
    const chat = await told('Picked up a new saddle. Brooks. £120.');
    expect(await chat.notes()).toEqual(['Picked up a new saddle, Brooks, £120']);
  });

  it('answers what make the thing was', async () => {
    const chat = await told('Picked up a new saddle. Brooks. £120.');
    expect(await chat.ask('which make was the saddle I bought?')).toMatch(/Brooks/);
  });

  it('a line that opens with no verb keeps its asides apart', async () => {
    const chat = await told('Three cats: Pip (tabby) and Moss (ginger) and Olive.');
    expect((await chat.notes()).some((note) => note.includes('Three cats') && note.includes('tabby'))).toBe(false);
  });

  it('a full statement is not joined by a fragment after it', async () => {
    const chat = await told('I finally repainted the shed last weekend. Sage green.');
    expect(await chat.notes()).not.toContain('I finally repainted the shed last weekend, Sage green');
  });
});
