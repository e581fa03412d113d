import { told, toldApart } from '../../helpers/memoryChat';

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

  it('"… starts on the 12th, they moved it to the 14th" answers the day it was moved to', async () => {
    const chat = await toldApart("I'm Dana", 'my pottery course starts on the 12th, they moved it to the 14th');
    const answer = await chat.ask('when does my pottery course start?');
    expect(answer).toContain('14th');
    expect(answer).not.toContain('12th');
  });

  it('"booked for 9 June, brought it forward to 28 May" answers the new day though the note is told with the clause after it', async () => {
    const chat = await toldApart("I'm Dana", "Was booked to fly to Lyon 9 June. Brought it forward to 28 May because Dad's health isn't great. My husband Omar will mind the kids (Lea 6 and Noor 3).");
    const answer = await chat.ask('When is my flight to Lyon?');
    expect(answer).toContain('28 May');
    expect(answer).not.toContain('9 June');
  });

  it('"… 22 sessions last term, hold on no, looked at my diary, it was 25" answers the number set right with "no ,"', async () => {
    const chat = await toldApart("I'm Dana", 'busy term, i ran 22 sessions at the youth club, hold on no, looked at my diary, it was 25, three of them outdoors');
    const answer = await chat.ask('how many sessions did i run at the youth club?');
    expect(answer).toContain('25');
    expect(answer).not.toContain('22');
  });

  it('"the viva is on march 3rd" and, later, "wait i said march 3 for the viva, it is march 10 now" answers the new day', async () => {
    const chat = await toldApart("I'm Dana", 'my PhD viva is on march 3rd, nervous already', 'wait i said march 3 for the viva, it got moved, it is march 10 now');
    const answer = await chat.ask('when is my phd viva?');
    expect(answer).toContain('10');
    expect(answer).not.toContain('3rd');
  });

  it('"essay due in april, or was it" and, next in the message, "no, may 20, just checked" answers the day set right', async () => {
    const chat = await toldApart("I'm Dana", 'doing a part-time law degree at night, essay due in april, or was it. no, may 20, just checked. next week is moot court');
    const answer = await chat.ask('when is my law essay due?');
    expect(answer).toContain('may 20');
    expect(answer).not.toContain('april');
  });
});

// A change said of another thing in the same message is not a setting right of the value asked.
describe('a change said of something else beside it', () => {
  it('"I have yoga on Sunday, my book club moved to friday" leaves yoga on Sunday', async () => {
    const chat = await toldApart("I'm Dana", 'I have yoga on Sunday, my book club moved to friday');
    const yoga = await chat.ask('when do I have yoga?');
    expect(yoga).toContain('Sunday');
    expect(yoga).not.toContain('friday');
  });

  it('a line of its own about the book club, told with the yoga line, leaves yoga where it was', async () => {
    const chat = await told("I'm Dana", 'I have yoga on Sunday at 10am', 'my book club moved to friday');
    const yoga = await chat.ask('when do I have yoga?');
    expect(yoga).toContain('Sunday');
    expect(yoga).not.toContain('friday');
  });

  it('"… it\'s ¥3500 now" said of the broadband leaves the phone contract told beside it', async () => {
    const chat = await told("I'm Dana", 'the phone contract is 18 a month and the broadband is 3200 yen', "oh the broadband went up, it's 3500 yen now");
    const phone = await chat.ask('how much is the phone contract?');
    expect(phone).toContain('18');
    expect(phone).not.toContain('3500');
  });
});
