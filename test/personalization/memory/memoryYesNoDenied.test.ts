import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

// "do I own a kiln?" of a note that denies it ("I do not own a kiln …"): the answer is no, with what was said, not
// the note alone. A note that does not deny the words asked is told back as before.
describe('a yes-or-no question a note denies', () => {
  it('answers no, with the note', async () => {
    const chat = await told('I do not own a kiln, I rent firing space at the community studio', 'I like chess.');
    const reply = await chat.ask('do I own a kiln?');
    expect(isReply(reply, 'memory.fromNoteNo', { note: 'you do not own a kiln' })).toBe(true);
  });

  it('a note that denies something else is told back as said', async () => {
    const chat = await told('I own a kiln, not a cheap one either', 'I like chess.');
    const reply = await chat.ask('do I own a kiln?');
    expect(reply).toContain('kiln');
    expect(reply.startsWith('No')).toBe(false);
  });
});
