import { told } from '../../helpers/memoryChat';

// An aside in brackets tells who or how of what it is said in: kept with it, not as told of a day ("Friday (with
// Marta)": Friday is no one's name).
describe('an aside in brackets', () => {
  it('"(with Nadia this time)" after a day stays with the lesson and answers who', async () => {
    const chat = await told("I'm Ola", 'my climbing lesson is on Friday (with Nadia this time)');
    expect((await chat.notes()).join(' | ')).toMatch(/climbing lesson is on Friday, with Nadia/);
    expect(await chat.ask('who is my climbing lesson with?')).toContain('Nadia');
  });
});

// "Linnea (my gf)": an aside of one's own people after a name says who the name is, as "my gf is Linnea" would.
describe('a name, then who they are in brackets', () => {
  it('"Ruth (my wife)" in a list of a crew answers who the wife is', async () => {
    const chat = await told("I'm Ola", 'the quiz crew is four of us: me, Ruth (my wife), Dom and Pete');
    expect(await chat.ask("what's my wife called?")).toContain('Ruth');
  });

  it('"Tomas (my brother)" answers who the brother is, and no one else is taken for him', async () => {
    const chat = await told("I'm Ola", 'went hiking with Tomas (my brother) and Jo last weekend');
    const reply = await chat.ask("who's my brother?");
    expect(reply).toContain('Tomas');
    expect(reply).not.toContain('Jo');
  });
});

// "our dog bamse (big old newfoundland)": typed in lower case, a name the lexicon does not know opens an aside too.
describe('an aside after a name typed in lower case', () => {
  it('"bamse (big old newfoundland)" is kept of bamse and answers what breed he is', async () => {
    const chat = await told("I'm Jonas", 'ella loves our dog bamse (big old newfoundland), noah is a bit scared of him still');
    expect(await chat.ask('what breed is bamse')).toContain('newfoundland');
  });
});

// "kai (bf)", "biscuit (our cat)": a noun alone in brackets says "my" too; an animal is often named by a common
// word, typed in lower case. Not a noun after "my" ("my nonno (grandfather)"): that is no name.
describe('a name, then who or what it is in brackets, without "my" or in lower case', () => {
  it('"kai (bf)" answers who the boyfriend is', async () => {
    const chat = await told("I'm Ola", 'kai (bf) is coming to the climbing wall with me on sunday');
    expect(await chat.ask('who is my boyfriend?')).toContain('Kai');
  });

  it('"biscuit (our cat)" answers what the cat is called', async () => {
    const chat = await told("I'm Ola", 'biscuit (our cat) knocked my coffee off the desk again');
    expect(await chat.ask("what's my cat called?")).toContain('Biscuit');
  });

  it('"my nonno (grandfather)" keeps no grandparent called Nonno', async () => {
    const chat = await told("I'm Ola", 'my nonno (grandfather) was a fisherman in bari');
    expect(await chat.facts()).not.toContain('grandparent:Nonno');
  });
});
