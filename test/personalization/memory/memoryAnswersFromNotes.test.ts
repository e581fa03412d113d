import { isReply, sayText } from '../../helpers/testRapport';
import { told, memoryChat } from '../../helpers/memoryChat';
import { displayName } from '../../../src/profile/userProfile';

/** Questions about a kind nothing was kept of, answered from what the person said in their own words. */
describe('answers from notes when no fact holds the answer', () => {
  it('answers a question about oneself from a note said without "I" ("Lisbon originally"), not from one about someone else', async () => {
    const t = await told("I'm Rosa, a coffee roaster", 'Lisbon originally', 'oat milk everything');
    expect(await t.ask('where am I from originally?')).toContain('Lisbon');
    expect(await t.ask('what kind of milk do I drink?')).toContain('oat milk');
    // "my sister's in Porto" is hers: it answers no question about where the person lives or is from.
    const other = await told("I'm Rosa, a coffee roaster", "my sister's in Porto these days");
    expect(await other.ask('where do I live?')).not.toContain('Porto');
    // Nor is a note that opens with the name of someone told of ("Tom's a plumber", after "my brother Tom").
    const tom = await told("I'm Dana, I live in Leeds", 'my brother Tom is great', "Tom's a plumber in Hull");
    expect(await tom.ask("what's my job?")).not.toContain('plumber');
    expect(await tom.ask('what does Tom do?')).toContain('plumber');
  });

  it('finds a note by the words its kind is told with ("fan" of a team, "allergy")', async () => {
    const t = await told("I'm Ben, junior doctor", 'penicillin allergy, ironic', 'Sheffield Wednesday fan, suffering');
    expect(await t.ask('what am I allergic to?')).toContain('penicillin');
    expect(await t.ask('which team do I support?')).toContain('Sheffield Wednesday');
  });

  it('answers a name asked for with the name said after "called" or "name is", not the whole note', async () => {
    const t = await told("I'm Omar", 'i play bass in a band called velvet static', 'my bass is a sunburst Fender Jazz, her name is Marge lol');
    const band = await t.ask('whats my band called?');
    expect(band).toContain('velvet static');
    expect(band).not.toContain('bass');
    const bass = await t.ask('what did I name my bass?');
    expect(bass).toContain('Marge');
    expect(bass).not.toContain('Fender');
  });
});

describe('names that are no one’s', () => {
  it('keeps no partner called "Someone", and a partner told of without a noun is named by the kind ("Your partner is Jo.")', async () => {
    const t = await told("I'm Dana, a nurse", 'seeing someone new, her name is Rosa');
    expect(await t.facts()).not.toContain('partner:Someone');
    const reply = await t.ask('who am I seeing?');
    expect(reply).not.toMatch(/Your\s+is/);
    expect(reply).toContain('Rosa');
    const jo = await told("I'm Dana", "I'm seeing Jo");
    const partner = await jo.ask("who's my partner?");
    expect(partner).toContain('Jo');
    expect(partner).not.toMatch(/Your\s+is/);
  });

  it('does not take "is" for a name from "my name is" with nothing after it', async () => {
    const t = memoryChat();
    const [reply] = await sayText(t.adapter, 'my name is');
    expect(isReply(reply, 'name.unclear')).toBe(true);
    expect(displayName(await t.profile())).toBeUndefined();
  });

  it('does not ask for the person’s name after "her name is Marge" about a guitar', async () => {
    const t = await told("I'm Omar");
    const [reply] = await sayText(t.adapter, 'my bass is a sunburst Fender Jazz, her name is Marge lol');
    expect(isReply(reply, 'name.unclear')).toBe(false);
  });
});

describe('answers from notes: whose note, and names in lower case', () => {
  it('answers "what do I knit?" from the person’s own note, not an equally good one about a grandchild', async () => {
    const t = await told("I'm Denise, retired teacher", 'I knit mostly socks these days', 'my granddaughter Maisie is learning to knit, she is 9');
    expect(await t.ask('what do I mostly knit?')).toContain('socks');
  });
});
