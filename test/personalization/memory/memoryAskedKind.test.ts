import { told } from '../../helpers/memoryChat';

// "what colour yarn for the blanket?": the note that says a thing of the kind asked for answers, not the one that
// only names what it is asked of.
describe('personal memory: the note with a thing of the kind asked for', () => {
  it('"what colour …?" is answered by the note with a colour, over one that names the rest of the question', async () => {
    const chat = await told("I'm Dana", "I'm knitting a baby blanket for my niece's christening", 'yarn is mint green merino, 6 balls');
    const answer = await chat.ask('what colour yarn for the christening blanket?');
    expect(answer).toContain('mint green');
    expect(answer).not.toContain('niece');
  });
});

// "ride leader is …", "swim is 2km …": a clause that opens with a noun that may also be a verb, then says what it is,
// is told, not an order to the bot.
describe('personal memory: a clause opened by a noun that may be a verb', () => {
  it('keeps "ride leader is a lass called …" and "swim is 2km …", and answers who from it', async () => {
    const chat = await told('joined a cycling club in town', 'ride leader is a lass called Tamsin Doyle, proper fast sprinter', 'doing a charity triathlon for the hospice in June', 'swim is 2km across Lake Bala, starting 6am');
    const notes = ((await chat.profile()).memory.notes ?? []).map((note) => note.text);
    expect(notes).toEqual(expect.arrayContaining([expect.stringContaining('swim is 2km'), expect.stringContaining('ride leader is')]));
    expect(await chat.ask("who's the ride leader?")).toContain('Tamsin');
  });

  it('"what kind of character is Grunt?" asks as "what character is Grunt?": the note that names him answers', async () => {
    const chat = await told('I run a D&D campaign on Fridays', 'my brother Tomas plays a gnome wizard named Pip who steals everything');
    expect(await chat.ask('what kind of character is pip')).toContain('gnome wizard');
    expect(await chat.ask('what type of character is Pip?')).toContain('gnome wizard');
  });
});
