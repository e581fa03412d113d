import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * A request to forget, however it names what goes (a kind, a thing in another form, a part of what was said,
 * someone just named): nothing of it stays in the profile, and the request itself is not kept.
 */
describe('personal memory: forgetting in any wording', () => {
  const stored = async (chat: Awaited<ReturnType<typeof told>>) => JSON.stringify(await chat.profile()).toLowerCase();

  it('forgets a kind named with a word that only points at it ("details"), facts and notes alike', async () => {
    const chat = await told("hi, I'm Bea", 'I react badly to kiwi fruit, I am allergic to it', 'Allergies: kiwi');
    await chat.tell('could you wipe the allergy details please');
    expect(await stored(chat)).not.toContain('kiwi');
    expect(await chat.ask('what am I allergic to?')).not.toContain('kiwi');
  });

  it('forgets what was said of one\'s work, asked for after a frame and a preface', async () => {
    const chat = await told("hi, I'm Bea", 'I lecture in organic chemistry at the tech college');
    await chat.tell("I would rather you forget that I'm a lecturer, it's not for the record");
    const profile = await stored(chat);
    expect(profile).not.toContain('organic chemistry');
    expect(profile).not.toContain('record');
    expect(await chat.ask('what do I do for a living?')).not.toContain('chemistry');
  });

  it('forgets a thing named after "the part about", in the words said, and keeps the rest', async () => {
    const chat = await told("hi, I'm Bea", 'My GP put me on metformin last spring', 'I grow dahlias on my allotment');
    await chat.tell('do not remember the part about the metformin please');
    const profile = await stored(chat);
    expect(profile).not.toContain('metformin');
    expect(profile).toContain('dahlias');
  });

  it('takes back someone named and forgotten in one message ("… but forget about him")', async () => {
    const chat = await told("hi, I'm Bea");
    await chat.tell("my old flatmate's name is Tobias but I'd rather you forget about him");
    expect(await stored(chat)).not.toContain('tobias');
  });

  it('keeps no reason given after the request as a fact or a note', async () => {
    const chat = await told("hi, I'm Bea", 'my birthday is the 4th of July');
    await chat.tell("Wipe my birthday, I'd hate anyone seeing it");
    const profile = await stored(chat);
    expect(profile).not.toContain('july');
    expect(profile).not.toContain('seeing');
    expect(await chat.facts()).toEqual([]);
  });

  it('forgets one part of a note said in a list, and keeps the parts beside it', async () => {
    const chat = await told('Quick facts: — Live in Didsbury — Husband: Omar — Dog: Pepper');
    await chat.tell('pls remove husband info from your notes');
    const profile = await stored(chat);
    expect(profile).not.toContain('omar');
    expect(profile).toContain('didsbury');
  });

  it('answers a question whose answer was forgotten with not knowing, not with a note about something else', async () => {
    const chat = await told("hi, I'm Bea", 'diehard Leicester Tigers supporter, season ticket and all', 'I work as a plumber');
    await chat.tell('please wipe what I said about my work');
    const answer = await chat.ask("what's my profession?");
    expect(answer).not.toContain('Tigers');
    expect(answer).not.toContain('plumber');
  });
  it('reads a request opened by an interjection ("oof, forget …"), and does not keep it as something said', async () => {
    const chat = await told("hi, I'm Bea", 'my boyfriend Anselm says I talk too much');
    await chat.tell('oof forget the boyfriend thing, it is over');
    const profile = await stored(chat);
    expect(profile).not.toContain('anselm');
    expect(profile).not.toContain('forget');
    expect(await chat.ask("what's my boyfriend's name?")).not.toContain('Anselm');
  });

  it('forgets a whole matter ("the … thing") with the rest of the message that told it, but only that message', async () => {
    const chat = memoryChat();
    for (const line of ["hi, I'm Bea", "work is collecting for Ilse's leaving do, I chipped in 35 euros", 'I chipped in for the choir trip too', "please forget the Ilse leaving do thing, I'd rather not"]) {
      chat.clock.advance(60_000);
      await chat.tell(line);
    }
    const profile = await stored(chat);
    expect(profile).not.toContain('ilse');
    expect(profile).not.toContain('35 euros');
    expect(profile).toContain('choir trip');
  });
});
