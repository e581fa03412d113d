import { told } from '../../helpers/memoryChat';

/** "my favourite podcast is a history show, Long Shadows": described first, then named; the name is what is kept. */
describe('personal memory: a value described, then named', () => {
  it('keeps the name said after a lower-case description', async () => {
    const t = await told('my favourite podcast is a history show, Long Shadows');
    const reply = await t.ask("what's my favourite podcast?");
    expect(reply).toContain('Long Shadows');
    expect(reply).not.toContain('history show');
  });

  it('keeps the description when no name follows it', async () => {
    const t = await told('my favourite podcast is a history show, honestly');
    expect(await t.ask("what's my favourite podcast?")).toContain('history show');
  });
});
