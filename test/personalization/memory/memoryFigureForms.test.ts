import { told } from '../../helpers/memoryChat';

// A count typed with a k for thousands ("240k miles") is the count asked, not a year said beside it.
describe('a figure typed with k or thousands commas answers how many', () => {
  it('"how many miles are on my truck?" of "a 2008 silverado …, 240k miles on it" is 240k', async () => {
    const chat = await told("I'm Jim", 'my truck is a 2008 silverado w/ the blue light on the dash, 240k miles on it and still going');
    const answer = await chat.ask('how many miles are on my truck');
    expect(answer).toContain('240k');
    expect(answer).not.toContain('2008');
  });
});
