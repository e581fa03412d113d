import { told, toldApart } from '../../helpers/memoryChat';

/**
 * A question about something never told is not answered by a value of another sort the notes happen to hold: the
 * name of someone or something else ("my brother Ewan" for the club secretary), a scale for a year, a sum of money for
 * how long.
 */
describe('personal memory: a value of another sort is no answer', () => {
  it('reads "year" before a noun as part of a compound, not a question for a year', async () => {
    const t = await told('I teach year 6 at a little school outside Leeds');
    expect(await t.ask('what year group do I teach?')).toMatch(/year 6/i);
  });

  it('says it was not told the name of someone only other people were named for', async () => {
    const t = await told('my brother Ewan comes down to the allotment on sundays');
    expect(await t.ask("what's the name of the allotment secretary?")).toMatch(/haven't told me/);
  });

  it('says it was not told the name of a teacher when the note names only the course', async () => {
    const t = await told('doing a pottery course at the Hartfield arts centre');
    expect(await t.ask("what's my pottery teacher's name?")).toMatch(/haven't told me/);
  });

  it('says it was not told a year when the note holds a scale', async () => {
    const t = await told("building a model of the Ardent at home, 1:72 scale");
    expect(await t.ask('what year was the Ardent launched?')).toMatch(/haven't told me/);
  });

  it('says it was not told how long when the figure is a price', async () => {
    const t = await told('the pottery class is on thursdays, 2500 yen a session');
    expect(await t.ask('how long have I been going to the pottery class?')).toMatch(/haven't told me/);
  });

  it('tells the name of the one owned after "\'s", not of the one who owns them', async () => {
    const t = await toldApart('my son Theo is 19 and at college', 'his girlfriend Ines basically lives with us these days lol');
    expect(await t.ask("what's my son's girlfriend called?")).toContain('Ines');
  });

  it('tells a name picked out of a note about the thing asked, found when the question reads like something else', async () => {
    const t = await toldApart('I run a little bike repair shop in Totnes', 'I get parts from a supplier in Italy, Marco Bassi', 'our dog Biscotto sits in the window, people stop to pat him');
    expect(await t.ask("what's the shop dog called")).toContain('Biscotto');
  });
});
