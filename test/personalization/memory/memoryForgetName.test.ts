import { told } from '../../helpers/memoryChat';

/**
 * "forget the band name": only the name goes from what was told ("I play bass in a band called Rust Orchard" keeps
 * "I play bass in a band"), the reply names what went, and the name is kept nowhere.
 */
describe('personal memory: forgetting only the name of a thing', () => {
  it('forgets the name and keeps the rest of the note', async () => {
    const t = await told('I play bass in a band called Rust Orchard');
    expect(await t.ask('forget the band name please')).toContain('Rust Orchard');
    expect(JSON.stringify(await t.profile())).not.toContain('Rust Orchard');
    expect(await t.ask('what instrument do I play?')).toContain('bass');
    expect(await t.ask("what's my band called?")).not.toContain('Rust Orchard');
  });

  it('still forgets a whole note when no name is asked to go', async () => {
    const t = await told('I play bass in a band called Rust Orchard');
    await t.ask('forget the band');
    expect(JSON.stringify(await t.profile())).not.toMatch(/Rust Orchard|bass/);
  });
});
