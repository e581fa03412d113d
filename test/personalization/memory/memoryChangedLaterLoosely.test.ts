import { toldApart } from '../../helpers/memoryChat';

// A later change that names the thing by fewer words than the question, or by none at all: asked "now", the new
// value is told back, never the old one.
describe('a later change said of the same thing in fewer words', () => {
  it('"the burger is $9 now" answers for the double cheese burger asked "now"', async () => {
    const chat = await toldApart("I'm Dana", 'the double cheese burger is $8 at the diner', 'my cousin Wren is visiting in june', 'beef went up so the burger is $9 now');
    const answer = await chat.ask('how much is the double cheese burger now?');
    expect(answer).toContain('9');
    expect(answer).not.toContain('8');
  });

  it('"got bumped to the 9th" said next moves the day told before it', async () => {
    const chat = await toldApart("I'm Dana", 'my next race is the Harbour Dash, 2nd may', 'got bumped to the 9th because of roadworks');
    const answer = await chat.ask('what date is the Harbour Dash now?');
    expect(answer).toContain('9th');
    expect(answer).not.toContain('2nd');
  });

  it('asked without "now", news said next of another thing leaves the time told before', async () => {
    const chat = await toldApart("I'm Dana", 'my son Ari calls every sunday at 6', 'done 5 now, just finished the last chapter');
    expect(await chat.ask('what time does Ari call')).toContain('6');
  });
});
