import { told } from '../../helpers/memoryChat';

// An aside in brackets tells who or how of what it is said in: kept with it, not as told of a day ("Friday (with
// Marta)": Friday is no one's name).
describe('an aside in brackets', () => {
  it('"(with Nadia this time)" after a day stays with the lesson and answers who', async () => {
    const chat = await told("I'm Ola", 'my climbing lesson is on Friday (with Nadia this time)');
    expect((await chat.notes()).join(' | ')).toMatch(/climbing lesson is on Friday, with Nadia/);
    expect(await chat.ask('who is my climbing lesson with?')).toContain('Nadia');
  });
});
