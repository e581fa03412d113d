import { told } from '../../helpers/memoryChat';

// "and who's my mentor", "so what's my locker code": a question typed without "?" after a word that only leads in
// (`memoryFillers`) is still a question about what the person told, not a statement to keep.
describe('personal memory: a question opened by a lead-in word, without a question mark', () => {
  it('"and who\'s my …" answers from what was told', async () => {
    const chat = await told("I'm Wren", 'my line manager is Priyanka and my buddy on the ward is Tomos');
    const answer = await chat.ask("and who's my buddy on the ward");
    expect(answer).toContain('Tomos');
    expect(answer).not.toContain('Priyanka');
  });

  it('"so what\'s my …" answers, and keeps the question as nothing new', async () => {
    const chat = await told("I'm Wren", 'the code for my gym locker is 4471');
    const before = await chat.notes();
    expect(await chat.ask("so what's my locker code")).toContain('4471');
    expect(await chat.notes()).toEqual(before);
  });
});
