import { isReply } from '../../helpers/testRapport';
import { told } from '../../helpers/memoryChat';

/** One detail of someone the person named ("where does Marta live now?"), from the clause said of them. */
describe('personal memory: a detail of someone named', () => {
  it('answers what someone does from the clause said of them, not the place beside it', async () => {
    const t = await told('my buddy ravi from the gym teaches at a secondary school in Derby');
    const reply = await t.ask('what does ravi do');
    expect(isReply(reply, 'memory.namedDetail', { value: 'teaches at a secondary school', who: 'ravi' })).toBe(true);
    expect(reply).not.toContain('Derby');
  });

  it('takes the place said last of them, in a clause that opens with a pronoun', async () => {
    const t = await told("Marta is the eldest, she's a dentist. She lived in Porto for years but last year she moved to Lisbon");
    expect(isReply(await t.ask('where does marta live now'), 'memory.namedDetail', { value: 'Lisbon', who: 'marta' })).toBe(true);
  });

  it('gives each one named their own job, by whom each pronoun stands for', async () => {
    const t = await told("and steve at work, the one by the window, he's our accountant", "oh my sister's husband is called dave, he's a plumber");
    expect(isReply(await t.ask('what does dave do?'), 'memory.namedDetail', { value: 'plumber', who: 'dave' })).toBe(true);
    expect(isReply(await t.ask('what does steve do?'), 'memory.namedDetail', { value: 'accountant', who: 'steve' })).toBe(true);
  });

  it('answers what someone studies without where', async () => {
    const t = await told("Ben's doing law at Bristol");
    const reply = await t.ask('what does Ben study?');
    expect(isReply(reply, 'memory.namedDetail', { value: 'law', who: 'Ben' })).toBe(true);
    expect(reply).not.toContain('Bristol');
  });

  it('never answers with a detail of someone else', async () => {
    const t = await told("oh my sister's husband is called dave, he's a plumber", 'my friend ravi is great');
    expect(await t.ask('what does ravi do?')).not.toContain('plumber');
  });

  it('leaves a question a kept fact answers to that fact', async () => {
    const t = await told('my sister Priya lives in Leeds and works at a bank');
    const reply = await t.ask('where does my sister live?');
    expect(reply).toContain('Leeds');
    expect(isReply(reply, 'memory.namedDetailOf')).toBe(false);
  });
});
