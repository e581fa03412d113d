import { told } from '../../helpers/memoryChat';
import { displayName } from '../../../src/profile/userProfile';

/**
 * "Corsica, ten days in June": a place and then a time tell of a trip, so neither the place becomes the
 * person's name nor the month where they live; a name and an age still introduce someone.
 */
describe('personal memory: a place and a time are a trip, not an introduction', () => {
  it('keeps no name and no home from "Corsica, ten days in June"', async () => {
    const t = await told('booking the family holiday: Corsica, ten days in June');
    expect(displayName(await t.profile())).toBeUndefined();
    expect(await t.facts()).not.toContain('home:June');
    expect(await t.ask("what's my name?")).not.toContain('Corsica');
  });

  it('still reads "Wren, 29, from Dundee" as an introduction', async () => {
    const t = await told('Wren, 29, from Dundee');
    expect(await t.ask("what's my name?")).toContain('Wren');
  });
});
