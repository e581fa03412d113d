import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * Questions about what the person told that the intent model reads as asking what is new in the catalog or who made
 * the bot: when a note says the thing asked about, the note answers; someone who told nothing of it, and a question
 * put to the bot itself, get the intent's reply as before.
 */
describe('personal memory: a told thing asked in the words of what is new or of the bot', () => {
  const roof = ['the kitchen roof is leaking again', 'the roofer gave us a quote of £4,000 last week', 'update: revised quote is £3,100 now'];

  it('answers "what is the latest …?" from the notes that say the thing asked, the newest value', async () => {
    const t = await told(...roof);
    const reply = await t.ask('what is the latest roof quote');
    expect(reply).toMatch(/3,100/);
    expect(reply).not.toMatch(/4,000/);
  });

  it('leaves "what\'s the latest?" to what is new, with or without notes', async () => {
    const t = await told(...roof);
    expect(await t.ask("what's the latest")).not.toMatch(/quote|roof|told me|you said/i);
    expect(await memoryChat().ask('what is the latest roof quote')).not.toMatch(/3,100/);
  });

  it('answers "who is coming …?" from the note that names who, though the creator intent says "come"', async () => {
    const t = await told('I run a small bakery in Gdansk', 'exciting, we are hosting a cookbook launch on 9 June, it is Tomasz Wolny');
    expect(await t.ask("who's coming for the launch?")).toMatch(/Tomasz/);
  });

  it('still tells who made the bot when the question speaks to it', async () => {
    const t = await told('I run a small bakery in Gdansk', 'exciting, we are hosting a cookbook launch on 9 June, it is Tomasz Wolny');
    for (const question of ['where do you come from?', 'who made you?']) expect(await t.ask(question)).not.toMatch(/Tomasz|launch|told me|you said/i);
  });
});
