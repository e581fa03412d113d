import { told, toldApart } from '../../helpers/memoryChat';

/**
 * The name a person gives one of their things (a van, a car, a boat, a prize marrow): asked by another word for the
 * thing than the note says ("van" of "campervan", "car" of a make and model), by what they did ("what did I nickname
 * …?"), or said in a sentence of its own after what it names.
 */
describe('personal memory: names given to things', () => {
  it('finds the van by its make and model, or by another word for it', async () => {
    const byMake = await told('we spend every summer in our old Ford Transit that we call Marigold');
    expect(await byMake.ask("what's our van called?")).toContain('Marigold');
    const byWord = await told('travelling round the Highlands in our campervan, Biscuit, for a month');
    expect(await byWord.ask("what's the van's name?")).toContain('Biscuit');
  });

  it('keeps a name given in a sentence of its own, and finds it by what it names', async () => {
    const t = await told('rebuilding a 1964 spitfire in the shed. the hood is shot. i call it Pickle');
    expect(await t.ask('what did I nickname the spitfire?')).toContain('Pickle');
    const later = await toldApart('growing a monster marrow for the village show this year', 'i named her Big Bertha');
    expect(await later.ask("what's my marrow called?")).toContain('Big Bertha');
  });

  it('passes over a title the thing is part of, a neighbour\'s boat, and the town before the name', async () => {
    const t = await toldApart('I live on a little sailboat called Petrel', 'my neighbour lives on the boat beside ours, it is called Swift', 'the Boat Safety Scheme check is due in May');
    const boat = await t.ask("what's my boat called?");
    expect(boat).toContain('Petrel');
    expect(boat).not.toMatch(/Swift|Safety/);
    const cafe = await told('I own a small cafe in Whitby called The Salty Gull');
    expect(await cafe.ask("what's my cafe called?")).toContain('Salty Gull');
  });
});
