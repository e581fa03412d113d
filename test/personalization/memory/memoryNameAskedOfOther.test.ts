import { memoryChat, told } from '../../helpers/memoryChat';

// "coach's name?" read as asking the person's own name: the note that names the coach answers; "what time does she
// call me?" asks a time, not what the person is called.
describe('personal memory: a name asked of someone else, not of the person', () => {
  it('answers "coach\'s name?" from the note that names the coach', async () => {
    const chat = await told("I'm Dana", 'my climbing coach is a guy called Dario, very patient');
    const answer = await chat.ask("coach's name?");
    expect(answer).toContain('Dario');
    expect(await chat.ask("what's my name?")).toContain('Dana');
  });

  it('gives the own-name reply as before to someone who told nothing of a coach', async () => {
    const chat = memoryChat();
    await chat.tell("I'm Dana");
    expect(await chat.ask("coach's name?")).toContain('Dana');
  });

  it('does not read "what time does she call me?" as asking the own name', async () => {
    const chat = await told("I'm Dana", 'my sister rings me most sundays');
    expect(await chat.ask('what time does she call me?')).not.toContain('Dana');
    expect(await chat.ask('what do people call me?')).toContain('Dana');
  });
});
