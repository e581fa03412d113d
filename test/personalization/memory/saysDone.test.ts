import { told } from '../../helpers/memoryChat';

// "Did my …" with "I" left out tells what one did, when no verb follows the subject ("did my mum call?" asks).
describe('"did my …" said without a question mark', () => {
  it('keeps what one did, and answers from it', async () => {
    const chat = await told("I'm Dana", 'Did my diving certificate in Malta back in 2017');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('Malta')]));
    expect(await chat.ask('where did I do my diving certificate?')).toMatch(/Malta/);
  });

  it('keeps an injury told so, with what was said after it', async () => {
    const chat = await told("I'm Dana", 'did my knee in at five-a-side, the surgeon says 8 weeks on crutches');
    expect(await chat.notes()).toEqual(expect.arrayContaining([expect.stringContaining('8 weeks')]));
  });

  it('still reads "did my … VERB" as a question, not a note', async () => {
    const chat = await told("I'm Dana", 'my sister is called Ruth');
    await chat.ask('did my sister phone');
    expect((await chat.notes()).some((note) => /phone/i.test(note))).toBe(false);
  });
});
