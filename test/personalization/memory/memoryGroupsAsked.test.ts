import { told } from '../../helpers/memoryChat';

/** "the twins", "the boys": a question of several of a kind of people is answered by all of them told of, or the note that names them so. */
describe('personal memory: several asked of by a plural or group noun', () => {
  it('answers "the twins" with the children told of as sons', async () => {
    const t = await told('we have twins, two boys, Otto and Felix');
    const reply = await t.ask("what are the twins' names?");
    expect(reply).toContain('Otto');
    expect(reply).toContain('Felix');
  });

  it('answers "the girls" from the note that names them as twins', async () => {
    const t = await told('twin girls at home, Ada and June, 3 years old');
    expect(await t.ask('how old are the girls?')).toContain('3 years');
  });

  it('does not take a plural noun for another kind of people', async () => {
    const t = await told('my sister Vera is 31');
    expect(await t.ask('how old are the boys?')).not.toContain('31');
  });
});
