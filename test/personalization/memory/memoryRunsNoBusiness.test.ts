import { told } from '../../helpers/memoryChat';

/** "I run a bakery" is work; "I run a monthly catan meetup" is a pastime run beside it, no work. */
describe('personal memory: what one runs is work only when it is a business', () => {
  it('keeps the work said before a meetup one runs', async () => {
    const t = await told('ollie here, 31, software tester', 'i run a monthly catan meetup, first sunday of every month');
    expect(await t.facts()).toContain('job:software tester');
    expect(await t.ask('what do i do for work')).toContain('software tester');
    expect(await t.ask('what do i do for work')).not.toContain('meetup');
  });

  it('takes no work from an evening one runs, but keeps a shop one runs', async () => {
    const t = await told('I run an open mic night at the pub');
    expect((await t.facts()).filter((fact) => fact.startsWith('job:'))).toEqual([]);
    const s = await told('I run a little bike repair shop in Utrecht');
    expect(await s.facts()).toContain('job:little bike repair shop');
  });
});

/** "i work part time from home doing graphic design": the work done, after how one works. */
describe('personal memory: the work one does, said after how one works', () => {
  it('keeps what one works doing as the work, past words of how', async () => {
    const t = await told('i work part time from home doing graphic design, mostly logos');
    expect(await t.ask('what kind of work do i do')).toContain('graphic design');
  });
});

/** "knees are shot", "a physio appointment": no work WordNet reads in a participle or in a word describing the next. */
describe('personal memory: no work read from a participle or a describing word', () => {
  it('does not answer work with "shot" or "physio"', async () => {
    const t = await told('steve here, i do timber framing', 'knees are shot mind', 'got a physio appointment thursday');
    const reply = await t.ask('what kind of work do i do');
    expect(reply).not.toMatch(/^(shot|physio)\b/i);
  });
});
