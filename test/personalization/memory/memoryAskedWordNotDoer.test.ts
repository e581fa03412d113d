import { told } from '../../helpers/memoryChat';

// Two readings a question's own words must not fall into: a word the question asks by is the thing asked, not
// someone said to do it ("what's my guide dog called?" of "my guide dog Juno …" is not "your guide"), and a note that
// opens with the asked noun and a verb said of it ("rating dropped to 1480") is about that noun, not something done.
describe('the asked words read as what is asked', () => {
  it('a person noun that the question asks by is not who does it', async () => {
    const chat = await told('my guide dog Juno goes everywhere with me', 'I like chess.');
    expect(await chat.ask("what's my guide dog called?")).toContain('Juno');
  });

  it('a note opening with the asked noun and a past verb answers with its value', async () => {
    const chat = await told('ugh, rating dropped to 1480 after the weekend open', 'I play at the Hastings club.');
    expect(await chat.ask("what's my rating now?")).toContain('1480');
  });

  it('a note opening with what is done still answers what one is doing', async () => {
    const chat = await told('restoring an old rocking chair I picked up at a flea market', 'I like chess.');
    const reply = await chat.ask('what am I restoring?');
    expect(reply).toContain('rocking chair');
    expect(reply).not.toContain('flea market');
  });
});
