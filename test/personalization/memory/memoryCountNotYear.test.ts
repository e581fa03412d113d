import { told } from '../../helpers/memoryChat';

// "how many goats …?" of "keeping goats since 2018, now 12 goats": "now" after a comma says nothing of the year before it.
describe('a count asked in all', () => {
  it('a year said before a comma and "now" is no count of the thing asked', async () => {
    const chat = await told('hey, Ines here', 'been keeping goats since 2018, now 12 goats, mostly nubians', 'sorry, I have 14 goats not 12, forgot the two kids born in march');
    const reply = await chat.ask('how many goats do i have total?');
    expect(reply).toContain('14');
    expect(reply).not.toContain('2018');
  });
});
