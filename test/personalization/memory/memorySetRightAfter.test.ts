import { toldApart } from '../../helpers/memoryChat';

// A value said again after the one a note gives, in words that set it right or say it changed: the later one is the answer.
describe('a value set right after it is said', () => {
  it('"on the 22nd, actually moving it to the 23rd since …" answers the 23rd', async () => {
    const chat = await toldApart("I'm Dana", "my book launch is on the 12th. actually moving it to the 14th since my sister's recital is the 12th");
    const answer = await chat.ask('what day is my book launch?');
    expect(answer).toContain('14th');
    expect(answer).not.toContain('12th');
  });

  it('"… at like 80 members, wait checked again it is 86" answers the number set right', async () => {
    const chat = await toldApart("I'm Dana", 'the chess club I run is at like 80 members, wait checked again it is 86 lol');
    const answer = await chat.ask('how many members does my chess club have?');
    expect(answer).toContain('86');
    expect(answer).not.toContain('80');
  });
});
