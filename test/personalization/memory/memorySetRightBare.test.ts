import { toldApart } from '../../helpers/memoryChat';

// A value set right in the message told right after, said bare after a word that takes back ("sorry, every 5 weeks"),
// and a sum set right with a day said after it ("it was €2,300 damage, the insurer said yesterday").
describe('a value set right bare in the next message', () => {
  it('"sorry, every 5 weeks" sets right how often told just before', async () => {
    const chat = await toldApart('hi, Oksana here', 'i fly back to riga every 4 weeks', 'sorry, every 5 weeks, the flights got too pricey', 'i like knitting');
    const reply = await chat.ask('how often do i fly back to riga');
    expect(reply).toMatch(/5 weeks/);
    expect(reply).not.toMatch(/4 weeks/);
  });

  it('a take-back of something else named leaves the value as told', async () => {
    const chat = await toldApart('hi, Oksana here', 'they offered me the shift lead job, pay would be 31k', 'sorry my niece Dasha is actually 9, she had her birthday in may');
    const reply = await chat.ask("what's the pay for the shift lead job?");
    expect(reply).toMatch(/31k/);
    expect(reply).not.toMatch(/\b9\b/);
  });
});

describe('a sum set right with a day said after it', () => {
  it('"actually correction, it was €2,300 damage, the insurer said yesterday" sets the sum right', async () => {
    const chat = await toldApart('hi, Oksana here', 'the storm did about €2,000 of damage to the roof in March', 'actually correction, it was €2,300 damage, the insurer said yesterday');
    const reply = await chat.ask('how much damage did the storm do?');
    expect(reply).toMatch(/2,300/);
    expect(reply).not.toMatch(/2,000/);
  });
});
