import { told } from '../../helpers/memoryChat';

// "my answer was that …": "that" after a verb opens what was said, the note's point, not a clause said of a thing
// that other questions ask about ("the shed that my dad built"): it is told back, not cut out.
describe('"that" after a verb', () => {
  it('keeps what "my reply was that …" says when asked what the reply was about', async () => {
    const chat = await told("I'm Wren", 'my reply to the heckler was that his jacket looked like a pub sofa, the room loved it');
    expect(await chat.ask('what was my reply about')).toMatch(/jacket/i);
  });
});
