import { toldApart } from '../../helpers/memoryChat';

// Of several values of the sort asked that a note says, the one the question's own words point at: the price most of
// its words are said beside (not the one its verb is said beside), a length of time for "how long" (not a count
// that "long" is said after), and days for "which nights" (a note that names days, not one that only says a night).
describe('the part of a note the question points at', () => {
  it('"how much do I take for a cake with fondant and flowers?" is the price beside fondant and flowers', async () => {
    const chat = await toldApart('I bake cakes at weekends for friends', 'I take $60 for a plain sponge, $85 if they want fondant and flowers', 'I have a cat called Pip.');
    const reply = await chat.ask('how much do I take for a cake with fondant and flowers?');
    expect(reply).toContain('85');
    expect(reply).not.toContain('60');
  });

  it('"how long are my runs?" is the length said, not how many', async () => {
    const chat = await toldApart('I drive a tanker for a living', 'doing 4 long runs a week, 9.5 hours each', 'my dog Rex rides along.');
    const reply = await chat.ask('how long are my runs?');
    expect(reply).toContain('9.5');
  });

  it('"which nights am I at the bar?" is the days said, not a night said in another note', async () => {
    const chat = await toldApart('evening all, barman at the Crown in york for 6 yrs. on the bar mon and thurs nights which is quiet in summer', 'my sister moved to Leeds', 'crazy month, we did 30 events in june. wait no, checked the diary, it was 32, three of them on the same night in the garden');
    const reply = await chat.ask('which nights am I at the bar?');
    expect(reply.toLowerCase()).toContain('mon');
  });
});
