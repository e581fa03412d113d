import { told } from '../../helpers/memoryChat';

// "what laptop did I end up with?" asks what holds after every change told. The thing ordered in the message that
// named the laptop ("ordered a Dell") is the laptop, so a later note that sends it back and gets another answers.
describe('asked what one ended up with', () => {
  it('the thing taken instead answers', async () => {
    const chat = await told("I'm Dana", "using my brother's old laptop for uni but ordered a Dell XPS 13", 'sent the Dell back, the keyboard was awful, bought a ThinkPad X1 instead');
    const answer = await chat.ask('what laptop did I end up with?');
    expect(answer).toContain('ThinkPad');
    expect(answer).not.toContain('Dell');
  });
});
