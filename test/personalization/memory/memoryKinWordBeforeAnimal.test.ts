import { memoryChat, told } from '../../helpers/memoryChat';

/**
 * A word for kin said right before an animal ("the mother cat", "the mama dog") says which animal is meant: the question
 * is about the animal, not about the person's own mother, and a note that calls it so answers, as does the animal kept.
 */
describe('personal memory: a word for kin before an animal', () => {
  it('answers the mother animal from the note that names her', async () => {
    const t = await told('we have five ducklings and their mom, a grumpy mallard named Nutmeg, living in the garden pond');
    expect(await t.ask("what's the mama duck called?")).toMatch(/Nutmeg/);
  });

  it('answers the animal kept, not "you have not told me about your mother"', async () => {
    const t = await told('a foster litter of kittens and their mum, a tabby called Marmalade', 'my mum Joan lives in Derby');
    const reply = await t.ask("what's the mother cat's name?");
    expect(reply).toMatch(/Marmalade/);
    expect(reply).not.toMatch(/Joan|mother yet/);
    expect(await t.ask("what's my mum's name?")).toMatch(/Joan/);
  });

  it('names no animal to someone who told nothing', async () => {
    const t = memoryChat();
    expect(await t.ask("what's the mama duck called?")).not.toMatch(/Nutmeg/);
  });
});
