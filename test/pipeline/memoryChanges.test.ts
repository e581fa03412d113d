import { told } from '../helpers/memoryChat';

const NOT_TOLD = /haven't told me|don't know/;

/** Changes of mind across messages: forgetting what was kept in the person's words, corrections and switches. */
describe('personal memory: changes of mind', () => {
  const notesOf = async (t: Awaited<ReturnType<typeof told>>) => ((await t.profile()).memory.notes ?? []).map((note) => note.text);

  it('forgets a note named by a word anywhere in a later message, and then says it was not told', async () => {
    const t = await told('my secret admirer is called Rowan', 'ok hold on, please forget the admirer thing, so awkward');
    expect(await notesOf(t)).toEqual([]);
    expect(await t.ask("who's my secret admirer?")).toMatch(NOT_TOLD);
  });

  it('forgets a note by a word WordNet files it under ("the reptile" takes a corn snake), and the fact kept beside it stays', async () => {
    const t = await told('we keep a spaniel called Pudding and a corn snake named Noodle', 'forget the reptile, it went back to the pet shop');
    expect((await notesOf(t)).join(' ')).not.toContain('Noodle');
    expect(await t.ask("what's our snake called?")).toMatch(NOT_TOLD);
    expect(await t.ask("what's our spaniel called?")).toContain('Pudding');
  });

  it('keeps what a message says beside a forget request about something told before, and what the note says besides it', async () => {
    const t = await told('I trained at Bristol, then did an MBA in finance at Insead', 'I brew cider in the shed. Also please forget anything about my MBA, long story');
    const notes = await notesOf(t);
    expect(notes.join(' ')).not.toContain('MBA');
    expect(notes).toContain('I trained at Bristol');
    expect(notes.join(' ')).toContain('cider');
    expect(await t.ask('where did I do my MBA?')).toMatch(NOT_TOLD);
  });

  it('takes back what the message itself said when what it forgets is nothing told before', async () => {
    const t = await told('I make about 3000 euros a month. on second thought, please forget my wages');
    expect(await notesOf(t)).toEqual([]);
    expect(await t.ask('how much do I make a month?')).toMatch(NOT_TOLD);
  });
});
