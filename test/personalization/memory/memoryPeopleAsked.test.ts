import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/**
 * Questions about the people (and animals) in the person's life, asked by their name, their relation or their
 * role, and answered from what the person said of them in their own words.
 */
describe('personal memory: the people asked about', () => {
  it('answers a question about someone named only in what was said, from what was said of them', async () => {
    const t = await told('Oksana teaches piano in Lviv and Taras is a welder in Kharkiv', 'Bohdan has a sore back so he skips the hikes');
    // What she does, from the clause said of her, without the place beside it (memoryNamedDetail).
    expect(isReply(await t.ask('what does Oksana do?'), 'memory.namedDetail', { value: 'teaches piano', who: 'Oksana' })).toBe(true);
    expect(isReply(await t.ask('where does Taras live?'), 'memory.namedDetail', { value: 'Kharkiv', who: 'Taras' })).toBe(true);
    expect(await t.ask("what's wrong with Bohdan?")).toContain('sore back');
  });

  it('answers the name asked of someone else\'s animal, said after the clause that names its owner', async () => {
    const t = await told("Marguerite's got a parrot, a loud old thing named Pistache");
    expect(isReply(await t.ask("what's Marguerite's parrot called?"), 'memory.fromNotePart', { part: 'Pistache' })).toBe(true);
  });

  it('answers "which <role> …" with the one named beside that role', async () => {
    const t = await told('our second chef Matteo just resigned so we are short staffed', 'my housemate Ingrid is a baker so she mostly sleeps in the afternoon');
    expect(isReply(await t.ask('which chef just resigned'), 'memory.fromNotePart', { part: 'Matteo' })).toBe(true);
    expect(isReply(await t.ask('which housemate sleeps in the afternoon?'), 'memory.fromNotePart', { part: 'Ingrid' })).toBe(true);
  });

  it('answers "who …?" by all the words but one, and with the one named right before the verb asked', async () => {
    const t = await told("Kwame's son Yaw just completed law school", 'I owned a bakery in Leeds for years, Crumbs and Co. My daughter Efua manages it now.');
    expect(isReply(await t.ask('who just finished law school?'), 'memory.fromNotePart', { part: 'Yaw' })).toBe(true);
    expect(isReply(await t.ask('who is managing the bakery these days?'), 'memory.fromNotePart', { part: 'Efua' })).toBe(true);
  });

  it('answers "who …?" with the one a pronoun in the part found points back to', async () => {
    const t = await told("my cousin Dara is great, I'm teaching her to drive");
    expect(isReply(await t.ask('who am I teaching to drive?'), 'memory.fromNotePart', { part: 'Dara' })).toBe(true);
  });

  it('answers "who …?" with someone said with the person, and from a note of someone else over one of the person\'s own', async () => {
    const t = await told('my teammate Soren and I run the Thursday workshop together', 'my neighbour Ilse is wonderful, she is basically my lucky charm', 'I keep my lucky charm coin in my wallet');
    expect(isReply(await t.ask('who do I run the Thursday workshop with?'), 'memory.fromNotePart', { part: 'Soren' })).toBe(true);
    expect(isReply(await t.ask("who's my lucky charm?"), 'memory.fromNotePart', { part: 'Ilse' })).toBe(true);
  });

  it('does not take a question about someone never named for one about what was said', async () => {
    const t = await told('Oksana teaches piano in Lviv');
    expect(await t.ask('what does Beyonce do?')).not.toContain('piano');
  });
});
