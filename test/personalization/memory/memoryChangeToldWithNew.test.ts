import { told } from '../../helpers/memoryChat';

// "changed our minds on the tiles, going with green zellige instead": the part that only says a thing changed is
// told with the part after it that names what it changed to, so the answer says the new thing.
describe('a change of mind told with what it changed to', () => {
  it('the new choice is told, not only that it changed', async () => {
    const chat = await told("I'm Dana", 'for the bathroom tiles we picked white metro', 'changed our minds on the tiles, going with green zellige instead');
    const answer = await chat.ask('what tiles are we using');
    expect(answer).toContain('zellige');
    expect(answer).not.toContain('metro');
  });
});
