import { told, toldApart } from '../../helpers/memoryChat';

/** What the person did say, kept as a note, is found again: by a price written with its currency sign, by a part of a compound, by a compound's hyphen. */
describe('personal memory: a price typed with its sign right after a noun', () => {
  it('answers "how much" from a note that says the noun, then the price ("deposit £250")', async () => {
    const t = await told('booked the village hall for the party, deposit £250, balance due in may');
    expect(await t.ask('how much was the deposit?')).toContain('£250');
  });
});

describe('personal memory: a compound split over two messages', () => {
  it('passes over a note that says every word but holds no price, for one that says a part of the compound and does', async () => {
    const t = await told('next month we are doing the ghost tour in york, booked for the 3rd', 'ghost tour was £18 each');
    expect(await t.ask('how much did the ghost tour booking cost?')).toContain('£18');
  });

  it('keeps the note that says the whole compound when it names two months, the one it starts in said nearest', async () => {
    const t = await toldApart('there is an evening class at Leeds Pottery from september', 'my shifts mean the class has to be a monday', 'pottery class starts in october, not september');
    const reply = await t.ask('when does the pottery class start');
    expect(reply).toContain('october');
    expect(reply).not.toContain('monday');
  });
});

describe('personal memory: a compound written with a hyphen or apart', () => {
  it('finds "co-host" in a note that says "co host"', async () => {
    const t = await told('my co host on the podcast is an old school friend, Imogen');
    expect(await t.ask("who's my co-host?")).toContain('Imogen');
  });
});

describe('personal memory: statements the reader used to pass over', () => {
  it('keeps a message that opens with a noun before "of" ("end of term …"), not reading it as an order', async () => {
    const t = await told('end of term concert at the town hall on 12 march, tickets sold out');
    expect((await t.notes()).join(' ')).toContain('town hall');
    expect(await t.ask("when's the term concert?")).toContain('12 march');
  });

  it('keeps "did a course with …" though a word after the preposition could be a verb', async () => {
    const t = await told('did the basic life support course with the red cross on saturday, £30');
    expect((await t.notes()).join(' ')).toContain('red cross');
  });

  it('keeps "it\'s the … one" after what it tells of, with it', async () => {
    const t = await told('entered my first sportive!! its the cotswold one on may 3rd, entry was £35');
    expect(await t.ask('how much was the sportive entry?')).toContain('£35');
  });
});
