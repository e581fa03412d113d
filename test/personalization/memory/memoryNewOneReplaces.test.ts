import { told } from '../../helpers/memoryChat';

// "got a new one, a …": a replacement said by "one" stands for the thing told just before it, so asked how things
// are now, the note that says the new one answers, not the one that named the old.
describe('a thing replaced by "a new one"', () => {
  it('the old one named, the new one said by "one" in the next message', async () => {
    const chat = await told("I'm Dana", 'I write on an old ThinkPad X220, the keyboard is lovely', 'got a new one at last, a refurbished Dell XPS for 600 quid');
    const answer = await chat.ask('what laptop do i write on now?');
    expect(answer).toContain('XPS');
    expect(answer).not.toContain('ThinkPad');
  });
});
