import { told } from '../../helpers/memoryChat';

// A message that opens with news of one's own things ("update on …", "big news", in any case) tells of the person,
// though no "I" is said in it: what follows the opener is kept, and answers later.
describe('news told after an opener', () => {
  it('keeps what an update on a thing says, after a spaced dash', async () => {
    const chat = await told('my sourdough starter is called Bubbles, I feed it every morning', 'update on Bubbles — the rye flour worked wonders, first loaf is coming out on Sunday!');
    expect(await chat.ask('when is the first loaf coming out?')).toContain('Sunday');
  });

  it('keeps news said in capitals before its subject', async () => {
    const chat = await told('I paint murals', 'GREAT NEWS they accepted the mural design, painting starts in the Old Market square');
    expect(await chat.ask('where does the painting start?')).toContain('Old Market');
  });
});
