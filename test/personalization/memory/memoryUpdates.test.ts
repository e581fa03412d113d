import { told } from '../../helpers/memoryChat';

/** Updates said the way people say them: a new home or job, in words that only stress or qualify it. */
describe('personal memory: updates', () => {
  it('takes a move said with an adverb that only stresses it', async () => {
    const t = await told("I'm Henrietta, I live in Leeds", "ok I'm officially living in Bristol now lol");
    expect(await t.facts()).toContain('home:Bristol');
    expect(await t.facts()).not.toContain('home:Leeds');
  });

  it('keeps an adverb that says how little as part of what is said', async () => {
    const t = await told('I barely eat meat');
    expect(await t.facts()).not.toContain('diet:meat');
  });

  it('reads "new job is" as the work one does now', async () => {
    const t = await told('I work as a payroll clerk', 'new job is project coordinator at a housing charity');
    const reply = await t.ask("what's my job?");
    expect(reply).toContain('project coordinator');
    expect(reply).not.toContain('payroll');
  });
});

/** "forget my boss's name": the one named goes, whoever they are. */
describe('personal memory: forgetting someone by their name', () => {
  it("forgets a boss whose name is asked to be forgotten", async () => {
    const t = await told('my boss is Dana Whitfield, she is tough but fair', "actually forget my boss's name, I shouldn't be naming her");
    expect(await t.ask("who's my boss?")).not.toContain('Dana');
  });

  it("forgets a supervisor told only in a note", async () => {
    const t = await told('I work for NOAA', 'my supervisor is Dr. Okafor', "forget my supervisor's name, I shouldn't have said it");
    const reply = await t.ask("who's my supervisor?");
    expect(reply).not.toContain('Okafor');
    expect(await t.ask('who do I work for?')).toContain('NOAA');
  });
});

/** A diet held one at a time: a new one, or eating what it leaves out, ends the one kept. */
describe('personal memory: a diet changed', () => {
  it('keeps the diet said last, and the one before as what one used to keep', async () => {
    const t = await told("I'm pescatarian, fish but no other meat", 'ok fully vegetarian now, no fish either');
    const facts = await t.facts();
    expect(facts).toContain('diet:vegetarian');
    expect(facts).not.toContain('diet:pescatarian');
    expect(facts).toContain('formerDiet:pescatarian');
  });

  it('keeps no diet set right as one used to keep', async () => {
    const t = await told("I'm Grace and I'm a vegetarian", 'well, pescatarian technically, I eat fish');
    const facts = await t.facts();
    expect(facts).toContain('diet:pescatarian');
    expect(facts).not.toContain('formerDiet:vegetarian');
  });

  it('keeps a diet of another sort beside it', async () => {
    const t = await told("I'm halal", "I'm vegetarian now");
    expect(await t.facts()).toEqual(expect.arrayContaining(['diet:halal', 'diet:vegetarian']));
  });

  it('ends a diet when what it leaves out is eaten again', async () => {
    const t = await told("I've been vegetarian for 3 years", "update: I'm eating meat again, my doctor said my iron was low");
    const facts = await t.facts();
    expect(facts).not.toContain('diet:vegetarian');
    expect(facts).toContain('formerDiet:vegetarian');
    expect(facts).not.toContain('diet:meat');
  });
});

/** Where one lived or what one did before, asked by what came after. */
describe('personal memory: the past asked by what followed it', () => {
  it('answers where one lived before the home kept now', async () => {
    const t = await told('I work as a nurse at Karolinska in Stockholm', 'I moved from Uppsala to Stockholm in 2019');
    const reply = await t.ask('where did I live before Stockholm?');
    expect(reply).toContain('Uppsala');
    expect(reply).not.toContain('Karolinska');
  });

  it('takes an island one lives on as home', async () => {
    const t = await told('I moved to Seattle three years ago', "actually I moved again in May, I'm on Bainbridge Island now");
    const reply = await t.ask('where do I live?');
    expect(reply).toContain('Bainbridge');
    expect(reply).not.toContain('Seattle');
  });
});

/** A change pointed at by a pronoun ("I switched them to Mondays"): the new value takes the old one's place. */
describe('personal memory: a change pointed at', () => {
  it('moves what was told to the day said now', async () => {
    const t = await told("I've just started salsa classes on Thursday nights", 'oh I switched them to Mondays, Thursdays clashed with work');
    const reply = await t.ask('which night are my dance classes?');
    expect(reply).toContain('Monday');
    expect(reply).not.toContain('Thursday nights');
  });
});
