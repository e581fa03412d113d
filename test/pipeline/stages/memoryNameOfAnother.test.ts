import { told } from '../../helpers/memoryChat';

// A name the person told as one of their people (a son, a husband, a sister) is not the name of something else that
// a note merely says beside it: asked by a noun the kinds have no word for that person with, or of someone else's
// ("Leila's husband"), it is not told rather than that person's name.
describe('personal memory: a name kept as one of one\'s people answers no other name asked', () => {
  it('"what is the nursery called?" is not answered by the son minded beside it', async () => {
    const chat = await told('my little boy is Tomasz, he turns two in May', 'grandma has Tomasz on thursdays and he does nursery the other days');
    const reply = await chat.ask('what is the nursery called?');
    expect(reply).not.toContain('Tomasz');
    expect(await chat.ask("what's my son called?")).toContain('Tomasz');
  });

  it('"what is my best friend called?" is not answered by a brother, though WordNet files a brother under friend', async () => {
    const chat = await told('my brother Callum is 14 and borrows my hoodies without asking');
    expect(await chat.ask('what is my best friend called?')).not.toContain('Callum');
    expect(await chat.ask("what's my brother's name?")).toContain('Callum');
  });

  it('"what is Leila\'s husband called?" is not answered by one\'s own husband', async () => {
    const chat = await told('my husband Desmond retired from the post office in 2019. our daughter Leila lives in Perth with her two boys');
    expect(await chat.ask("what is Leila's husband called?")).not.toContain('Desmond');
    expect(await chat.ask("what's my husband's name?")).toContain('Desmond');
  });
});
