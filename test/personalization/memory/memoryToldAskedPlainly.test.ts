import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * Questions about the person's own things put without "my": opened by "who", "whose" or "how wide", or a few words
 * ending in "?", or read as a sum or a countdown with nothing to work on. A note that says the thing answers them;
 * someone who never said it, and the questions those intents are for, get the intents' replies.
 */
describe('personal memory: a told thing asked without "my"', () => {
  const lines = ['our broadband is with Zephyr Fibre since the move', 'I bought a hallway runner, it is 70cm wide', 'my gym locker code is 5531', 'I can send the linen jacket back until the 18th of April'];

  it('answers "who\'s the … with?" from the note that names the thing, not with the bot\'s maker', async () => {
    const t = await told(...lines);
    expect(await t.ask("who's the broadband with?")).toContain('Zephyr');
  });

  it('answers "how wide is the …?" and a label asked with "?" from the note', async () => {
    const t = await told(...lines);
    expect(await t.ask('how wide is the runner?')).toMatch(/70\s?cm/);
    expect(await t.ask('locker code?')).toMatch(/5531/);
  });

  it('answers a few words that end in the question word ("… with who?") from the note', async () => {
    const t = await told('booked the dental check-up with Dr Okonjo for Tuesday');
    expect(await t.ask('dental check-up with who?')).toContain('Okonjo');
  });

  it('answers "until when can the … go back?" from the note, not with how to count days', async () => {
    const t = await told(...lines);
    expect(await t.ask('until when can the jacket go back?')).toMatch(/18th of April/);
  });

  it('answers "how much was the …?" read as a sum with no figures in it', async () => {
    const t = await told('picked up a ceramic teapot for my aunt, it was 26 pounds');
    expect(await t.ask('how much was the teapot?')).toMatch(/\b26\b/);
  });

  it('leaves the same questions to the intents for someone who told nothing of them', async () => {
    const t = memoryChat();
    expect(await t.ask("who's the broadband with?")).not.toMatch(/Zephyr|told me|you said/i);
    expect(await t.ask('locker code?')).not.toMatch(/5531/);
  });

  it('still answers the sum, the countdown, the clock and the bot\'s maker for someone who told things', async () => {
    const t = await told(...lines, 'picked up a ceramic teapot for my aunt, it was 26 pounds');
    expect(await t.ask('how much is 7 times 6')).toMatch(/42/);
    expect(await t.ask('how many days until christmas?')).toMatch(/days|christmas|december/i);
    expect(await t.ask('what time is it?')).not.toMatch(/told me|you said|you mentioned/i);
    expect(await t.ask('who made you?')).not.toMatch(/told me|you said|you mentioned|Zephyr/i);
    expect(await t.ask('ok?')).not.toMatch(/told me|you said|you mentioned/i);
  });
});
