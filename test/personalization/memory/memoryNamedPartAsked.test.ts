import { told } from '../../helpers/memoryChat';

/**
 * The part of a note that names what is asked: a value said after a colon or "=" is kept with what it is the value
 * of; a name a thing is "called" answers "which …?".
 */
describe('personal memory: the named part of a note', () => {
  it('keeps a value after "=" with the label before it', async () => {
    const t = await told("sunday morning treat = cinnamon buns from the bakery on mill lane. don't tell my trainer");
    expect(await t.ask('what buns do i get on sunday morning?')).toMatch(/cinnamon/);
  });

  it('keeps a value after a colon with the statement it follows', async () => {
    const t = await told('pre gig dinner is always the same: plain rice with grilled chicken, tea an hour before');
    expect(await t.ask('what do i eat before a gig?')).toMatch(/rice/);
  });

  it('answers which thing with the name it is called after where it is', async () => {
    const t = await told('i get my film developed at a lab in leeds called Colourworks, about 12 quid a roll');
    const reply = await t.ask('what lab do i use for my film?');
    expect(reply).toMatch(/Colourworks/);
    expect(reply).not.toMatch(/quid/);
  });

  it('answers with the name given by "it is called" after the thing', async () => {
    const t = await told('i am writing a thesis on a dying dialect from the hills, it is called Wakhi');
    expect(await t.ask('which dialect am i writing about?')).toMatch(/Wakhi/);
  });

  it('does not read a clause said after the thing as its name', async () => {
    const t = await told("Currently resting a sprained wrist on my right hand. Osteo is a patient man called Dario, he's got me squeezing a stress ball under it every night");
    const reply = await t.ask('which hand has the sprained wrist?');
    expect(reply).toMatch(/right/);
    expect(reply).not.toMatch(/Osteo is/);
  });

  it('does not read a word in capitals for stress as a name', async () => {
    const t = await told('and biscuit comes on my walks, she is a terrier and she is LAZY');
    expect(await t.ask("what's the dog's name")).not.toMatch(/^LAZY/);
  });

  it('still answers "which" with a word that tells the thing apart', async () => {
    const t = await told('i broke the small toe on my left foot kicking the sofa');
    expect(await t.ask('which foot did i hurt?')).toMatch(/left/);
  });
});
