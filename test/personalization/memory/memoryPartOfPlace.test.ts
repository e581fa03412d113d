import { told } from '../../helpers/memoryChat';

/** "what part of the city do we live in?": the part a note names beside the place kept answers, not the place. */
describe('personal memory: a part of the place kept', () => {
  it('answers the neighbourhood told beside the city', async () => {
    const t = await told("we're in Lisbon, living in Alfama");
    expect(await t.ask('what part of the city do we live in?')).toContain('Alfama');
    expect(await t.ask('which city do we live in?')).toContain('Lisbon');
  });

  it('does not take a home told with an article for a part of the place', async () => {
    const t = await told('we live in Leeds, in a 2 bed flat');
    expect(await t.ask('what area do I live in?')).not.toContain('flat');
  });
});
