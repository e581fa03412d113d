import { told } from '../../helpers/memoryChat';

// A list of values ends where a clause begins: "allergic to sesame, everybody puts it on bagels" names one allergy,
// and what everybody does is no second one.
describe('a list of values that runs into a clause', () => {
  it('keeps the value before the clause and not the clause', async () => {
    const chat = await told("I'm allergic to sesame, everybody sprinkles it on everything here");
    const facts = await chat.facts();
    expect(facts).toContain('allergy:sesame');
    expect(facts.join(' ')).not.toMatch(/sprinkles/);
  });

  it('still reads a list of several values', async () => {
    const chat = await told("I'm allergic to sesame, kiwi and shellfish");
    expect(await chat.facts()).toEqual(expect.arrayContaining(['allergy:sesame', 'allergy:kiwi', 'allergy:shellfish']));
  });
});
