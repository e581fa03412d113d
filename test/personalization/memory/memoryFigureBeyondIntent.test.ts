import { memoryChat, told } from '../../helpers/memoryChat';

// A statement that holds a figure the intent it was read as is never taught with, in words mostly not the intent's
// own, tells of the person: it is kept, and no setting changes ("£19 a class, very casual" is no tone request).
describe('a figure beyond the intent is told', () => {
  it('a line read as a greeting is kept when it tells times', async () => {
    const chat = await told('evening milking at 5 and the morning one at 4:30');
    expect(await chat.notes()).toEqual(['evening milking at 5 and the morning one at 4:30']);
  });

  it('a greeting that tells a figure is greeted as well as kept', async () => {
    const chat = await told("I'm Noor");
    const reply = await chat.ask('evening all, 31 degrees in the flat and the fan just broke');
    expect(reply).toMatch(/Noor/);
    expect((await chat.notes()).join(' ')).toContain('31 degrees in the flat');
  });

  it('a line read as a tone request is kept and changes no tone', async () => {
    const chat = await told('£19 a class, very casual');
    expect(await chat.notes()).toEqual(['£19 a class, very casual']);
    expect((await chat.profile()).explicit.tone).toBeUndefined();
  });

  it('a fragment opened by a verb is kept when it tells a date', async () => {
    const chat = await told('begin date 4th Jan');
    expect(await chat.notes()).toEqual(['begin date 4th Jan']);
  });

  it('greetings and tone requests without a told figure still work', async () => {
    const chat = memoryChat();
    await chat.tell('good morning', 'be more casual');
    expect(await chat.notes()).toEqual([]);
    expect((await chat.profile()).explicit.tone).toBe('playful');
  });
});
