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

// "lost 2 of my 5 colonies": the part is what the question's verb did, the whole is how many there are.
describe('a part of a whole answers what was done to it', () => {
  it('"how many colonies did I lose?" of "lost 2 of my 5 colonies" is 2, "how many do I have?" 5', async () => {
    const chat = await told("I'm Gus", 'lost 2 of my 5 colonies over the winter. mites probably');
    expect(await chat.ask('how many colonies did i lose last winter')).toMatch(/\b2\b/);
    expect(await chat.ask('how many colonies do i have')).toMatch(/\b5\b/);
  });
});
