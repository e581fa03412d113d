import { told } from '../../helpers/memoryChat';

// A name kept for one of the person's things ("my CB handle is …") and, later, news that the thing itself changed
// ("handle's changed, they call me … now"): the new name answers, though the change leaves out the word that told
// which handle it was.
describe('a thing renamed in a later message', () => {
  it('the name given after the change answers, not the old one', async () => {
    const chat = await told("I'm Dana", 'I play Overwatch most nights, my gamertag is Velvet Fox', 'gamertag got changed last month lol, my squad calls me Pixel now');
    const answer = await chat.ask("what's my Overwatch gamertag now?");
    expect(answer).toContain('Pixel');
    expect(answer).not.toContain('Velvet Fox');
  });

  it('a change of something of the thing\'s is no new name for it', async () => {
    const chat = await told("I'm Dana", 'I sing with a choir called Harbour Voices in Leith', 'the choir rehearsal night changed, it was Mondays but now it is Wednesdays');
    const answer = await chat.ask("what's the name of the choir I sing with?");
    expect(answer).toContain('Harbour Voices');
    expect(answer).not.toContain('Mondays');
  });
});
