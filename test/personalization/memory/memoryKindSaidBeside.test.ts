import { told } from '../../helpers/memoryChat';

/**
 * "what X …?" answered from a message one clause of which names a thing of the kind X and another says the
 * question's other words: the clause that names it answers, not the one that only shares words.
 */
describe('personal memory: the thing asked for said beside the words asked by', () => {
  it('answers a "what sport" question from the clause that names the sport', async () => {
    const t = await told('i work nights at the sorting office, been there nine years', 'my wife teaches at the local primary', 'we rent a flat above a chip shop', 'big hockey guy, i play in a sunday night league. right wing if anyone asks', 'drive a battered old hatchback');
    expect(await t.ask('what sport do i play on sundays?')).toMatch(/hockey/i);
  });
});

/** A note that holds no answer of the sort asked gives way first to what its own message goes on to say. */
describe('personal memory: the answer said further on in the same message', () => {
  it('answers where a group meets from the clause after the one that names the group', async () => {
    const t = await told('hello there', 'I knit with a craft circle, we meet at Woolly Corner every tuesday', 'favourite yarn shop is in York', 'my sister lives in Hull');
    expect(await t.ask('where does my craft circle meet?')).toContain('Woolly Corner');
  });
});

/** "which city am I from?" of "came from X for …": what follows "from" ends at the next preposition. */
describe('personal memory: where one came from, with more said after it', () => {
  it('answers the city one came from, not the place named after "at"', async () => {
    const t = await told('I came from Lyon for a two year posting at Siemens', 'I share a flat with Marta, she is from Porto and she bakes a lot');
    expect(await t.ask('which city am I from?')).toContain('Lyon');
  });
});
