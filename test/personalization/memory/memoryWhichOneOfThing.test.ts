import { told } from '../../helpers/memoryChat';

/** "which ankle did I sprain?": the words that tell which ("right ankle"), not the whole story of how. */
describe('personal memory: which one of a thing', () => {
  it('answers with the word that tells which, though the tagger reads it first as a verb', async () => {
    const t = await told('I sprained my left ankle slipping on the stairs at work');
    const reply = await t.ask('which ankle did I sprain?');
    expect(reply).toContain('left ankle');
    expect(reply).not.toContain('slipping');
  });
});
