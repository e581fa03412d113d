import { told } from '../../helpers/memoryChat';

// "what do I use for retouching?" taken as where one used to live, "what city do I teach in?" as a workplace: the kind
// holds nothing, and a note that shares the question's words and holds a value of the sort asked answers.
describe('personal memory: a kind that holds nothing gives way to a note', () => {
  it('answers from the note that says the thing asked of', async () => {
    const chat = await told('I shoot weddings round Cornwall', 'retouching happens in Affinity Photo, way cheaper than the adobe stuff');
    expect(await chat.ask('what do i use for retouching?')).toContain('Affinity Photo');
    const teacher = await told("i'm a piano teacher in Bristol, mostly kids");
    expect(await teacher.ask('what city do i teach in?')).toContain('Bristol');
  });

  it('is still not told when no note says the thing asked of', async () => {
    const chat = await told('I shoot weddings round Cornwall', 'retouching happens in Affinity Photo, way cheaper than the adobe stuff');
    expect(await chat.ask('what do i use for printing?')).not.toContain('Affinity');
  });

  it('names no one a note says beside the word asked for someone', async () => {
    const chat = await told('my dog Pickle (a beagle, pure chaos) stays with my dad when I travel');
    expect(await chat.ask("what's my dad's name?")).not.toContain('Pickle');
  });
});
