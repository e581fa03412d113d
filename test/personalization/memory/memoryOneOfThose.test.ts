import { told } from '../../helpers/memoryChat';

/** "I bought one of those standing desks": what is done is told with what "one of" names, not "one" alone. */
describe('personal memory: "one of those …" told back whole', () => {
  it('tells what "one of those" names', async () => {
    const t = await told('I finally bought one of those standing desks for the spare room');
    const reply = await t.ask('what did I buy for the spare room?');
    expect(reply).toContain('standing desk');
  });
});

describe('personal memory: a code after the thing asked says which one', () => {
  it('answers "which flat" with the flat and its code, not another word for a flat', async () => {
    const t = await told('I live in a tall red apartment block by the canal, flat 9C');
    const reply = await t.ask('which flat am I in?');
    expect(reply).toContain('flat 9C');
  });
});
