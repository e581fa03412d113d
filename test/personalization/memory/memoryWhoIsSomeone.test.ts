import { told } from '../../helpers/memoryChat';

/** "who …?" is answered with someone: not a team, a band or a place, and by what their role is made from. */
describe('personal memory: "who …?" answers with a person', () => {
  it('passes over a team or a band to the one who plays or sings', async () => {
    const t = await told('hi', 'I play water polo for the Lagoon Eels', 'Odile is our goalkeeper', "I'm in a band called Copper Moth, my cousin Ravi is on keys and Sunniva sings");
    const keeper = await t.ask('who plays goalkeeper for us?');
    expect(keeper).toContain('Odile');
    expect(keeper).not.toContain('Eels');
    const keys = await t.ask('who plays keys in my band?');
    expect(keys).toContain('Ravi');
    expect(keys).not.toContain('Copper Moth');
    expect(await t.ask('who sings in the band?')).toContain('Sunniva');
  });

  it('meets a role noun by the verb or thing it is made from, both ways', async () => {
    const t = await told('hey', 'Bertil is on drums these days', 'our singer is Ama');
    expect(await t.ask("who's our drummer?")).toContain('Bertil');
    expect(await t.ask('who sings for us?')).toContain('Ama');
  });

  it('meets a specialist asked in full by the short word said ("endo", "neuro")', async () => {
    const t = await told('hello', 'my endo is Dr. Kerstin Falk at the university clinic', 'my neuro is Dr. Osei, very patient');
    expect(await t.ask("who's my endocrinologist?")).toContain('Falk');
    expect(await t.ask('who is my neurologist?')).toContain('Osei');
  });

  it('answers "who <does>?" of one verb, and "who\'s on <thing>?", from the note, not about the bot', async () => {
    const t = await told('hi', 'my nephew Lorcan babysits on wednesdays', 'Hedda is on cello in our quartet');
    expect(await t.ask('who babysits?')).toContain('Lorcan');
    expect(await t.ask("who's on cello?")).toContain('Hedda');
    expect(await t.ask('who made you?')).not.toContain('Lorcan');
  });
});
