import { told } from '../../helpers/memoryChat';

// "was supposed to be on the 12th but …, early October now": what was meant to be is no longer so; asked how things
// are now, the part of the same message that says the change and what holds now answers.
describe('a plan said to have been meant, then changed in the same message', () => {
  it('the value said to hold now answers', async () => {
    const chat = await told("I'm Dana", "the team offsite was supposed to be on the 12th but the venue double booked and it's been moved, early October now");
    const answer = await chat.ask("when's the team offsite now?");
    expect(answer).toContain('October');
    expect(answer).not.toContain('12th');
  });
});
