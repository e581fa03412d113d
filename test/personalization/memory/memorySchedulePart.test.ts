import { told } from '../../helpers/memoryChat';

const NOT_TOLD = /don't know|haven't told/i;

describe('a question of when or how often one works is answered by the note that says it', () => {
  it('answers a shift pattern from the note that says it, though another note says "shift"', async () => {
    const chat = await told("hi i'm Dara, 29, I work in a warehouse in Leeds, earlies, 5 on 2 off", 'the shift supervisor is a right pain honestly', 'my brother Cal drives for the same firm');
    const reply = await chat.ask('what shift pattern am i on');
    expect(reply).toMatch(/5 on 2 off/);
    expect(reply).not.toMatch(/supervisor/);
  });

  it('answers shift times from the note that holds them, not the one that only says a shift', async () => {
    const chat = await told("hey i'm Bo, 31, a care worker in Hull", 'not a fan of the late shift at all', 'my shifts are 7 till 3 mostly');
    const reply = await chat.ask('what are my shift times');
    expect(reply).toMatch(/7 till 3/);
    expect(reply).not.toMatch(/not a fan/);
  });

  it('still does not know how often something never told is done', async () => {
    const chat = await told("hey i'm Bo, 31, a care worker in Hull", 'my shifts are 7 till 3 mostly');
    expect(await chat.ask('how often do i go swimming')).toMatch(NOT_TOLD);
  });
});

describe('a question of when, not of work, is not met by a note only because it says a day', () => {
  it("does not answer one person's birthday with another's month", async () => {
    const chat = await told("morning. name's wyn, retired postman in bangor", 'wife eira does the jam from the allotment, she sells it at the market for £4 a jar', "granddaughter nia, she's 7, wants a bike for her birthday in october");
    expect(await chat.ask("when's eira's birthday?")).toMatch(NOT_TOLD);
  });

  it('does not answer a birthday with a line that only says the age', async () => {
    const chat = await told('Profile: Wyn, 66, retired postman', "• wife - Eira, she's a nurse\n• granddaughter - Nia, 7");
    expect(await chat.ask("when is my granddaughter's birthday")).toMatch(NOT_TOLD);
  });
});

describe('a question is never a name', () => {
  it('does not read "am I on call …?" as telling a name', async () => {
    const chat = await told("hey i'm Bo, 31, a paramedic", 'got a 2 year old called Pip');
    const reply = await chat.ask('am i on call much');
    expect(reply).not.toMatch(/name/i);
    expect(await chat.ask('what is my name')).toMatch(/Bo/);
  });
});
