import { told } from '../../helpers/memoryChat';

/** Whether a reply is the bot's own "not told" answer. */
const notKnown = (reply: string) => /don't know|haven't told/i.test(reply);

/**
 * A word picked out of a note is no answer when it is not of the sort asked: a title alone, a code's letters, a sort
 * of person said after "a", a time of day for a count of years, a body of people for someone's name.
 */
describe('personal memory: a part of a note that is not the value asked', () => {
  it('takes no title alone for an address once the address is forgotten', async () => {
    const t = await told("I'm Ines", 'i get my bread from a baker called mr pryce', 'I live at 9 Birch Lane in Leeds', 'please forget my address');
    expect(notKnown(await t.ask("what's my home address?"))).toBe(true);
  });

  it("takes no code's letters for a skipper", async () => {
    const t = await told("I'm Ines", "switched boats, i'm on the silver dawn WK 12 oot of wick now, better shares");
    expect(notKnown(await t.ask("who's the skipper on the silver dawn?"))).toBe(true);
  });

  it('takes no sort of person said after "a" for their name', async () => {
    const t = await told("I'm Ines", "my mentor is a QC from Dublin, she'd rather I didn't use her name");
    expect(notKnown(await t.ask("what's my mentor's name?"))).toBe(true);
  });

  it('takes no time of day for how many years', async () => {
    const t = await told("I'm Ines", 'I teach a pottery class on Tuesdays 7-9pm');
    expect(notKnown(await t.ask('how many years have I been doing pottery?'))).toBe(true);
  });

  it("takes no charity for a grandad's name", async () => {
    const t = await told("I'm Ines", 'ran the half marathon for the Stroke Association in memory of my grandad');
    expect(notKnown(await t.ask("what was my grandad's name?"))).toBe(true);
  });

  it('takes no place said small for the name of a boat', async () => {
    const t = await told("I'm Ines", 'just started as a deckhand on a lobster boat out of whitby, 4 day trips');
    expect(notKnown(await t.ask("what's the name of the boat i work on?"))).toBe(true);
  });

  it('takes a note that only says a site for a username', async () => {
    const t = await told("I'm Ines", 'I post my sketches to deviantart every week');
    expect(notKnown(await t.ask("what's my deviantart username?"))).toBe(true);
  });

  it('still answers a name told by a title, and a count of years told', async () => {
    const t = await told("I'm Ines", 'i get my bread from a baker called mr pryce', "I've been doing pottery for 6 years now", 'my mentor is Dr Aoife Byrne');
    expect((await t.ask('who is my baker?')).toLowerCase()).toContain('pryce');
    expect(await t.ask('how many years have I been doing pottery?')).toContain('6');
    expect(await t.ask("what's my mentor's name?")).toContain('Byrne');
  });

  it('answers a username told as a handle typed small, with figures or "_" in it', async () => {
    const t = await told("I'm Ines", 'on every forum my username is 1nes_draws');
    expect(await t.ask("what's my username?")).toContain('1nes_draws');
    const plain = await told("I'm Ines", 'my username for the pottery forum is clayfoot_88');
    expect(await plain.ask('remind me of my username')).toContain('clayfoot_88');
  });

  it('keeps a handle typed with "@" as typed, and finds it by "insta" too', async () => {
    const t = await told("I'm Ines", 'my instagram is @claybyines, about 2k followers');
    expect(await t.ask("what's my instagram called?")).toContain('@claybyines');
    expect(await t.ask("what's my insta handle?")).toContain('@claybyines');
  });
});
