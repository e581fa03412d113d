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

describe('personal memory: "who …?" after someone took another\'s place', () => {
  it('answers with the one named in the part that says who holds it now, not the one before', async () => {
    const t = await told('hi', 'we let our gardener Rob go, the new one is Kai', "I stopped using Ben for the gutters, now it's Oona from GutterPro");
    const gardener = await t.ask("who's our gardener?");
    expect(gardener).toContain('Kai');
    expect(gardener).not.toContain('Rob');
    const gutters = await t.ask('who does the gutters now?');
    expect(gutters).toContain('Oona');
    expect(gutters).not.toContain('Ben');
  });

  it('finds the one on an instrument in a note that names the band first', async () => {
    const t = await told('hey', "I'm in a trio called Salt Lamp, Ingvar is on drums and Maj sings");
    const drums = await t.ask('who drums in the trio?');
    expect(drums).toContain('Ingvar');
    expect(drums).not.toContain('Salt Lamp');
  });
});

describe('personal memory: "wait no, the coach is …" sets a note right', () => {
  it('puts the name said again in place of the one in the note, and keeps what is said beside it', async () => {
    const t = await told('hi', 'we train on fridays, coach is Saskia', 'wait no sorry, coach is Solveig, Saskia is our captain lol');
    const coach = await t.ask("who's our coach?");
    expect(coach).toContain('Solveig');
    expect(coach).not.toContain('Saskia');
    expect(await t.ask("who's our captain?")).toContain('Saskia');
  });
});

describe('personal memory: "who …?" that nothing told answers', () => {
  it('is not answered with the name of a choir or a team', async () => {
    const t = await told('hello', 'I sing alto in a choir called Bright Larks', 'we rehearse in the church hall on mondays');
    const reply = await t.ask('who plays piano for us?');
    expect(reply).not.toContain('Bright Larks');
  });
});

describe('personal memory: "who\'s doing …?"', () => {
  it('answers from the note that says who is doing it', async () => {
    const t = await told('hi', 'my flatmate Tove is doing the slides for the talk');
    expect(await t.ask("who's doing the slides?")).toContain('Tove');
  });
});
