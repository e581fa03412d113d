import { told, type MemoryChat } from '../../helpers/memoryChat';
import { NOTE_ANSWERS } from '../../../src/pipeline/stages/memoryNotes';

/** The reply keys of the last answer. */
const lastKeys = async (chat: MemoryChat) => (await chat.profile()).memory.turns.at(-1)?.replyKeys ?? [];

// A noun WordNet files as work, said as someone's own ("*my* printer", "*my* scanner"), names a thing they
// have or another person, never the work the person does: asked what their work is, no such note answers.
describe('personal memory: a work noun someone owns is not their work', () => {
  it('does not tell a thing owned back as the job asked about', async () => {
    const chat = await told('my printer is an ancient laserjet that jams every week', 'I collect vinyl.');
    const reply = await chat.ask("what's my job?");
    expect(reply).not.toMatch(/printer|laserjet/i);
    expect((await lastKeys(chat)).some((key) => NOTE_ANSWERS.has(key))).toBe(false);
  });

  it('nor a note that only names it, asked what one does for work', async () => {
    const chat = await told('my scanner is a cheap epson I found online', 'I collect vinyl.');
    const reply = await chat.ask('what do i do for work?');
    expect(reply).not.toMatch(/scanner|epson/i);
    expect((await lastKeys(chat)).some((key) => NOTE_ANSWERS.has(key))).toBe(false);
  });

  it('still answers work said of oneself beside another work noun owned', async () => {
    const chat = await told("I'm a welder at the shipyard", 'my coach keeps nagging me about stretching');
    expect(await chat.ask("what's my job?")).toContain('welder');
  });

  it('still answers who someone is at work by the one owned', async () => {
    const chat = await told('I stack shelves at a garden centre in Hull', 'my team leader is a woman called Margit, very strict');
    expect(await chat.ask("who's my boss at work?")).toContain('Margit');
  });
});
