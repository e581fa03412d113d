import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/**
 * The name of a thing of the person's own, asked by another word than the note said it with (a kind of it), past
 * what the note says of it before the name, and not another name of the same sort told beside it.
 */
describe('personal memory: a thing named by a kind of it', () => {
  it('finds the name a note gives a kind of the thing asked ("a roguelite called …" for the game)', async () => {
    const t = await told('most nights I chip away at a cosy farming roguelite called Moss Lantern', 'my flatmate Tomasz does the pixel art');
    expect(await t.ask("what's the name of the game I'm making?")).toContain('Moss Lantern');
  });

  it('reads a name said after whom the thing is made with ("a show with my flatmate Priyanka called …")', async () => {
    const t = await told('we do a weekly show with my flatmate Priyanka called Late Bus Home, mostly about buses honestly');
    expect(await t.ask("what's our podcast called?")).toContain('Late Bus Home');
  });

  it('answers a stage name, not the birth name told right after it', async () => {
    const t = await told('on the circuit my drag name is Velvet Hourglass', "my birth name's Odhran but only my nan uses it");
    const reply = await t.ask("what's my drag name?");
    expect(reply).toContain('Velvet Hourglass');
    expect(reply).not.toContain('Odhran');
  });

  it('says a thing of theirs never named is not told, not their own name', async () => {
    const t = await told("hey I'm Marisol", 'I teach piano to kids on weekends');
    const reply = await t.ask("what's my band's name?");
    expect(reply).not.toContain('Marisol');
    expect(isReply(reply, 'memory.unknown', { label: 'that', name: 'Marisol' })).toBe(true);
  });
});
