import { told } from '../../helpers/memoryChat';

/** Long messages that tell many things at once, in sentences people write when introducing themselves properly. */
describe('personal memory: long messages', () => {

  it('answers a question about one’s role and keeps a pet described before its name', async () => {
    const t = await told('Some context first. I’m Gemma Hart, a senior partner at a small accounting practice in Bristol. Personally, we have a rescue lurcher named Pickle.');
    expect(await t.ask("what's my role?")).toContain('senior partner');
    expect(await t.ask("what's our dog called?")).toContain('Pickle');
  });

  it('keeps what is said of a partner after their name, between commas', async () => {
    const t = await told("I'm married to Owen, who is a paramedic, and we live in Clifton.", 'My sister is Ines, a dentist.');
    expect(await t.ask('what does my husband do?')).toContain('paramedic');
    expect(await t.ask('what does Owen do?')).toContain('paramedic');
    expect(await t.ask('what does my sister do?')).toContain('dentist');
    expect(await t.ask("what's my job?")).not.toMatch(/paramedic|dentist/);
  });

  it('reads a move of the family as the new home and where one was based before as a past one', async () => {
    const t = await told('I was based in Leeds for a decade but we relocated the family to Exeter last year.');
    expect(await t.ask('where am I based these days?')).toContain('Exeter');
    expect(await t.ask('where did I live before?')).toContain('Leeds');
  });

  it('reads each child counted and then named in a clause of their own', async () => {
    const t = await told('We have two kids: Max is a senior at Ohio State, and Ruby is 12 and plays competitive soccer.');
    expect(await t.ask('what are my kids called?')).toMatch(/Max and Ruby/);
    expect(await t.ask('what sport does Ruby play?')).toContain('soccer');
    const list = await told('I love poetry, Hafez and Rumi is my favourite');
    expect(await list.ask('what are my kids called?')).not.toContain('Rumi');
  });

  it('answers "what is my eldest called?" with the child told as the eldest', async () => {
    const t = await told("I'm married to Dan and we've got two boys; the eldest, Theo, just started college.");
    expect(await t.ask("what's my eldest called?")).toContain('Theo');
  });

  it('parts sentences at a dash and keeps no allergy to how bad it is', async () => {
    const t = await told("I'm afraid I can't eat anything with walnuts - I have a bad allergy.");
    const allergies = await t.ask('Have I any allergies?');
    expect(allergies).toContain('walnuts');
    expect(allergies).not.toContain('bad');
  });

  it('keeps a season ticket as a team, not as work, and work done before apart from the present job', async () => {
    const t = await told('A bit about me: Lars Berg, 51, shift supervisor at a paper mill. Before this I served ten years in the Swedish Army.', "I sail on weekends, and I'm a season ticket holder at Hibernian.");
    expect(await t.ask("what's my job?")).toContain('shift supervisor');
    expect(await t.ask('what did I do before this?')).toContain('Swedish Army');
    expect(await t.ask('which club do I have a season ticket for?')).toContain('Hibernian');
  });

  it('reads a name said bare with a family name of small words, then the work after it', async () => {
    const t = await told('Some context about me: Joost de Vries, 47, harbour pilot at the port of Antwerp. I manage a team of nine.');
    expect(await t.ask("what's my name?")).toContain('Joost');
    expect(await t.ask("what's my job?")).toContain('harbour pilot');
  });

  it('forgets a pet named by what WordNet files it under', async () => {
    const t = await told('we keep a beagle called Waffles and a pet python named Slinky', 'please forget the reptile, we rehomed him');
    expect(await t.ask("what's our python called?")).not.toContain('Slinky');
    expect(await t.ask("what's our beagle called?")).toContain('Waffles');
  });
});
