import { told } from '../../helpers/memoryChat';

/** "a 6-week course": a length joined to its unit by a hyphen answers "how long …?" on its own. */
describe('personal memory: a length joined to its unit', () => {
  it('answers how long with the hyphened length, not the whole note', async () => {
    const t = await told('booked a 6-week pottery course on Tuesdays at the arts centre');
    const reply = await t.ask('how long is my pottery course?');
    expect(reply).toContain('6-week');
    expect(reply).not.toContain('Tuesdays');
  });
});
