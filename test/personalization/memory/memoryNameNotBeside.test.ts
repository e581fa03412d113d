import { told } from '../../helpers/memoryChat';

const UNKNOWN = /haven't told me|don't know|not sure/i;

// "what's the name of the practice?" of "moving flats to be nearer the practice": a note that only speaks of the thing
// gives no name of it; without a name said beside it, the bot says it does not know rather than reciting the note.
describe('personal memory: the name of a thing asked when no note names it', () => {
  it('says it does not know when the notes only speak of the thing', async () => {
    const chat = await told("I'm Priya", "I just started as a junior dentist at a small practice in Leeds", "I'm moving from Headingley to Chapel Allerton on the 3rd, nearer the practice");
    const reply = await chat.ask("What's the name of the practice?");
    expect(reply).toMatch(UNKNOWN);
  });

  it('answers with the name when a note gives it', async () => {
    const chat = await told("I'm Priya", 'I work at a dental practice called Bright Smiles in Leeds');
    expect(await chat.ask("What's the name of the practice?")).toContain('Bright Smiles');
  });
});
