import { told } from '../../helpers/memoryChat';

// "had my first …" with "I" left out tells what one had or did; asked, a past participle follows ("had my parcel arrived?").
describe('what one had, told without "I"', () => {
  it('is kept and answers later', async () => {
    const chat = await told('had my first driving lesson on Friday, lasted 50 minutes (felt like five)');
    expect(await chat.ask('how long did my first driving lesson last?')).toContain('50');
  });
});
