import { told } from '../../helpers/memoryChat';

// "which days am I at the racecourse?" of "… the Clifford Park track on Tuesdays": a noun asked is met by the noun a
// note calls the same thing by, or one a step above or below it in WordNet, and only a noun by a noun.
describe('personal memory: a noun asked met by the noun a note says the same thing by', () => {
  it('"how much was my sofa?" is answered by the note that calls it a couch', async () => {
    const chat = await told("I'm Priya", 'the couch cost us 900 quid in the january sale', 'the telly was 400 off a mate');
    const answer = await chat.ask('how much was my sofa?');
    expect(answer).toMatch(/900/);
    expect(answer).not.toMatch(/400/);
  });

  it('"who\'s my cardigan for?" is answered by the note that calls it a sweater, the kind it is', async () => {
    const chat = await told("I'm Priya", 'the sweater on my needles is for my dad, mustard yellow', 'the scarf after that is for my sister Anjali');
    const answer = await chat.ask("who's my cardigan for?");
    expect(answer).toMatch(/dad/i);
    expect(answer).not.toMatch(/Anjali/);
  });

  it('a noun WordNet relates to none said still gets "I don\'t know"', async () => {
    const chat = await told("I'm Priya", 'the couch cost us 900 quid in the january sale', 'the sweater on my needles is for my dad, mustard yellow');
    expect(await chat.ask('how much was my bathrobe?')).not.toMatch(/900/);
    expect(await chat.ask("who's my bathrobe for?")).not.toMatch(/dad/i);
  });
});
