import { told } from '../../helpers/memoryChat';

// A later change of when a thing happens ("switched to Wednesdays") says nothing of where it is: asked where, the
// note that names the place answers; asked when, the change does.
describe('a change of day does not answer where', () => {
  it('the town is told from the note that names it', async () => {
    const chat = await told("I'm Dana", 'our book club meets on Mondays at the library in Kendal', 'the book club switched to Wednesdays now');
    const where = await chat.ask('which town is the book club in?');
    expect(where).toContain('Kendal');
    const when = await chat.ask('what day is book club?');
    expect(when).toContain('Wednesday');
    expect(when).not.toContain('Monday');
  });
});
