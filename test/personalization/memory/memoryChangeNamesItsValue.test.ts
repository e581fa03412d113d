import { told } from '../../helpers/memoryChat';

// A part that says a change and what it changed to ("the club switched to Saturdays") is told alone: the next part,
// with a "now" of its own about something else ("the hall is booked on Sundays now"), is not told with it.
describe('a change that names its new value', () => {
  it('is told without the part after it', async () => {
    const chat = await told('our quiz team switched to Saturdays, the pub we play at hosts karaoke on Wednesdays now', 'I play for the Brainy Bunch.');
    const reply = await chat.ask('what day does my quiz team play?');
    expect(reply).toContain('Saturday');
    expect(reply).not.toContain('Wednesday');
  });
});
