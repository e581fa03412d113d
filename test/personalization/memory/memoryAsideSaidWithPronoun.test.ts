import { told } from '../../helpers/memoryChat';

/** "my nephew Tomás (he's 12)": an aside said with a pronoun is said of the one it follows. */
describe('an aside with a pronoun after someone named', () => {
  it("keeps the age in 'my nephew Tomás (he's 12)' as his", async () => {
    const t = await told("I'm Lu", "drove my nephew Tomás (he's 12) to the climbing gym, 40 minutes there and back");
    expect(await t.ask('how old is my nephew?')).toContain('12');
  });

  it("keeps 'took my daughter Efua (she's 7) to the aquarium' as her age, asked by name", async () => {
    const t = await told("I'm Lu", "took my daughter Efua (she's 7) to the aquarium, 2 hours drive each way");
    expect(await t.ask('how old is Efua?')).toContain('7');
  });
});
