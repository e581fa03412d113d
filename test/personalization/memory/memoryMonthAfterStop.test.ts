import { told } from '../../helpers/memoryChat';

// A short follow-up after a full stop, opened by "now" with no subject ("now hoping for May"), says how what was just
// told stands: it goes with the note before, and its month (said with a capital: a date, though "may" is a modal too)
// answers in place of the older one.
describe('a month said in a short follow-up', () => {
  it('is kept as a note of its own', async () => {
    const chat = await told('I run a pottery stall at the harbour market', 'our open studio was planned for June but we had to call it off after the flood. now hoping for May');
    expect(await chat.ask('when is our open studio now?')).toContain('May');
  });
});
