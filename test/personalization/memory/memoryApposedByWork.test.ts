import { told } from '../../helpers/memoryChat';

/** "Hortense, my line manager, signed it off": a name said first and set off by "my" and a word for a person at work is them, not the user. */
describe('personal memory: a name set off by what they are at work', () => {
  it('does not take the name as the user\u2019s own, and keeps whom it names', async () => {
    const t = await told("I'm Teodor, a junior architect", 'Hortense, my site foreman, signed off my first drawings today');
    expect(await t.ask("what's my name?")).toContain('Teodor');
    expect(await t.ask("what's my name?")).not.toContain('Hortense');
    expect(await t.ask('who signed off my drawings?')).toContain('Hortense');
  });
});
