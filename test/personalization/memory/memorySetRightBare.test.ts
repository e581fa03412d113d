import { toldApart } from '../../helpers/memoryChat';

// A sum set right with a day said after it ("it was €2,300 damage, the insurer said yesterday").
describe('a sum set right with a day said after it', () => {
  it('"actually correction, it was €2,300 damage, the insurer said yesterday" sets the sum right', async () => {
    const chat = await toldApart('hi, Oksana here', 'the storm did about €2,000 of damage to the roof in March', 'actually correction, it was €2,300 damage, the insurer said yesterday');
    const reply = await chat.ask('how much damage did the storm do?');
    expect(reply).toMatch(/2,300/);
    expect(reply).not.toMatch(/2,000/);
  });
});
